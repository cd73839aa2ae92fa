# machine-made translation: to be reviewed by a native speaker
# Eşleştirme turları, öneriler ve kişisel bağlantılar (Matching runs, proposals and personal links).
matching-link = Eşleştirme
matching-title = Eşleştirme: { $value }
matching-back = Bekleme listelerine dön
matching-waiting = Bekleyen mentee'ler
matching-places = Mentorların boş yerleri
matching-rules = Bu programın kuralları
matching-objective = Hedef
objective-best-fit = En iyi toplam uyum
objective-most-matched = Önce en çok eşleşme, sonra uyum
objective-stable = Kararlı (birlikte olmayı ikisi de tercih edecek iki kişi yok)
objective-greedy = Açgözlü (karşılaştırma için temel)
matching-pins = Mutlaka eşleştirilecekler (sabit eşler)
matching-forbids = Eşleştirilmeyecekler
matching-start = Eşleştirme turunu başlat
matching-runs = Önceki turlar
matching-no-runs = Henüz tur yok.
matching-no-mentees = Bekleyen mentee yok: eşleştirilecek kimse yok, hiçbir şey değiştirilmedi.
matching-no-places = Hiçbir mentorun boş yeri yok: eşleştirilecek kimse yok, hiçbir şey değiştirilmedi.
matching-unknown-person = Seçilen bir kişi artık beklemiyor veya boş yeri yok. Lütfen sabit eşleri kontrol edin.
matching-pin-breaks = Sabit eşlerden biri bu programın bir kuralını ihlal ediyor: { $value }.
matching-pins-conflict = Sabit eşler birbiriyle uyuşmuyor (bir mentee iki kez sabitlenmiş ya da bir mentorun boş yerinden fazla eş var).
matching-draft-open = Bu programın bir turu hâlâ kararınızı bekliyor. Lütfen önce onu gönderin veya iptal edin.
choose = – seçin –
rule-language-level = En az { $value } seviyesinde ortak bir dil
rule-distance = { $count ->
    [one] Aradaki uzaklık en fazla { $count } km
   *[other] Aradaki uzaklık en fazla { $count } km
}
rule-online = Çevrim içi: uzaklık önemli değil
rule-common-time = Haftada en az bir ortak zaman
rule-mentee-age = Mentee yaşı: { $low }–{ $high }
rule-mentor-age = Mentor yaşı: { $low }–{ $high }
rule-gender-wish = İki tarafın cinsiyet tercihleri dikkate alınır
rule-name-shared_language = ortak dil
rule-name-distance = uzaklık
rule-name-common_time = ortak zaman
rule-name-gender_wish = cinsiyet tercihi
rule-name-mentee_age = mentee yaşı
rule-name-mentor_age = mentor yaşı
rule-name-declined_before = daha önce reddedilmiş
run-title = Eşleştirme turu
run-back = Eşleştirmeye dön
run-status-draft = Taslak: henüz gönderilmedi
run-status-sent = Gönderildi
run-status-discarded = İptal edildi
run-summary = { $mentees } kişiden { $matched } kişi eşleşti · puan { $score }
run-result = Sonuç
run-started-by = Başlatan
run-matched = { $count ->
    [one] { $count } tandem önerildi
   *[other] { $count } tandem önerildi
}
run-places = { $count ->
    [one] { $count } boş yer
   *[other] { $count } boş yer
}
run-score = toplam puan { $count }
run-previous = Önceki turla karşılaştırma
run-compared = { $matched } tandem, { $score } puan
run-proposals = Öneriler
run-no-proposals = Hiçbir eş kurallara uymuyor. Her mentee'nin neden hâlâ beklediğini aşağıda görebilirsiniz.
run-score-column = Puan
run-reasons = Neden
run-actions = İşlemler
run-pinned = sabit
run-keep = Tut
run-drop = Çıkar
run-waiting = Hâlâ bekleyenler
run-nobody-waiting = Herkes bir öneri aldı.
run-send = Önerileri gönder
run-discard = Turu iptal et
proposal-state-proposed = önerildi
proposal-state-dropped = çıkarıldı
proposal-state-sent = gönderildi
proposal-state-failed = gönderilemedi
reason-language = ikisi de { $language } konuşuyor ({ $level })
reason-distance = { $count ->
    [one] aralarında { $count } km var
   *[other] aralarında { $count } km var
}
reason-interests = ikisi de şunları seviyor: { $value }
reason-common-time = { $count ->
    [one] { $count } ortak zaman dilimi
   *[other] { $count } ortak zaman dilimi
}
reason-waited = { $count ->
    [one] { $count } gündür bekliyor
   *[other] { $count } gündür bekliyor
}
waiting-taken = { $count ->
    [one] { $count } uygun mentor var, ama yeri daha iyi bir eşe gitti
   *[other] { $count } uygun mentor var, ama yerleri daha iyi eşlere gitti
}
waiting-no-language = { $value } konuşan ve boş yeri olan mentor yok
waiting-too-far = { $count ->
    [one] { $count } km içinde boş yeri olan mentor yok
   *[other] { $count } km içinde boş yeri olan mentor yok
}
waiting-rule = boş yeri olan hiçbir mentor şu kurala uymuyor: { $value }
waiting-no-mentor = boş yeri olan mentor yok
proposal-title = Tandem öneriniz
proposal-area = Yaşadığı yer
proposal-shared-interests = İkinizin de sevdikleri
proposal-accept = Evet, tanışmak istiyorum
proposal-decline = Hayır, teşekkürler
proposal-decline-reason = Neden (isteğe bağlı)
proposal-invalid = Bu bağlantı geçerli değil. Lütfen koordinatörünüzden yeni bir bağlantı isteyin.
proposal-expired = Bu önerinin süresi doldu. Koordinatörünüz sizinle iletişime geçecek.
proposal-waiting-other = Teşekkürler! Diğer kişinin cevabını bekliyoruz.
proposal-declined = Bu öneri reddedildi. Bekleme listesinde kalmaya devam ediyorsunuz.
proposal-accepted = İki taraf da kabul etti. Koordinatörünüz ilk buluşmayı ayarlamak için sizinle iletişime geçecek.
proposal-thanks-accepted = Cevabınız için teşekkürler!
proposal-thanks-declined = Bize haber verdiğiniz için teşekkürler. Bekleme listesinde kalmaya devam ediyorsunuz.
proposal-already-answered = Bu öneri zaten cevaplandı.
mail-proposal-subject = Size bir tandem önerimiz var
mail-proposal-body = Merhaba { $name },

    Sizi şu kişiyle tanıştırmak istiyoruz: { $other }. Lütfen öneriye bir göz atın ve tanışmak isteyip istemediğinizi bize bildirin:

    { $link }

    Bu bağlantı size özeldir; lütfen başkasıyla paylaşmayın. Bağlantı { $days } gün geçerlidir.

    Tandem ekibiniz

criteria-title = Eşleştirme kriterleri: { $value }
criteria-link = Eşleştirme kriterleri
criteria-saved = Kaydedildi. Bir sonraki eşleştirme turu bu kriterleri kullanacak.
criteria-rules = Kurallar (bir eş hepsine uymalı)
criteria-min-level = Ortak dilde en az şu seviye
criteria-max-km = En büyük uzaklık (km)
criteria-max-km-hint = Uzaklık önemli değilse (çevrim içi programlar) boş bırakın.
criteria-mentee-age = Mentee'lerin yaşı
criteria-mentor-age = Mentorların yaşı
criteria-from = en az
criteria-to = en çok
criteria-weights = Ağırlıklar (her bölüm ne kadar sayılır)
criteria-weights-hint = Tam uyumda verilen puan; her biri 0 ile 1000 arası, toplamı en fazla 1000.
criteria-weight-language = Dil seviyesi
criteria-weight-distance = Kısa mesafe
criteria-weight-interests = Ortak ilgi alanları
criteria-weight-common-time = Ortak zamanlar
criteria-weight-waiting = Bekleme süresi
error-field-range-1-500 = Lütfen 1 ile 500 arasında bir sayı girin ya da boş bırakın.
error-field-range-0-1000 = Lütfen 0 ile 1000 arasında bir sayı girin.
error-field-age-range = Lütfen 0 ile 120 arasında iki yaş girin (ilki ikincisinden büyük olmasın) ya da ikisini de boş bırakın.
error-field-weights-sum = Ağırlıkların toplamı en fazla 1000 olabilir.
mail-reminder-subject = Hatırlatma: tandem öneriniz
mail-reminder-body = Merhaba { $name },

    Size { $other } ile bir tandem önerdik ve henüz sizden haber alamadık. Lütfen tanışmak isteyip istemediğinizi bize bildirin:

    { $link }

    Bu yeni bağlantı öncekinin yerini alır. Önerinin süresi { $days } gün içinde dolacak.

    Tandem ekibiniz
run-swap-hint = İki önerinin mentorlarını birbiriyle değiştirin (iki yeni eş de kurallara uymalı).
run-swap-first = Birinci öneri
run-swap-second = İkinci öneri
run-swap = Mentorları değiştir
run-swap-breaks = Değişiklik mümkün değil: yeni eşlerden biri "{ $value }" kuralını ihlal ediyor.

# Intake answers as matching criteria (machine translation)
rule-name-shared_answer = zorunlu bir soruya ortak cevap yok
reason-shared-answer = „{ $question }“ sorusuna aynı cevap: { $answers }
criteria-weight-answers = Tercih edilen sorulara aynı cevaplar
criteria-answers = Kayıt soruları ölçüt olarak
criteria-answers-hint = Yalnızca her iki tarafa sorulan seçmeli sorular karşılaştırılabilir. Bir soruyu cevaplamayan kişi bu nedenle ne dışlanır ne de öne çıkarılır.
criteria-answer-none = ölçüt değil
criteria-answer-must_share = en az bir ortak cevap gerekli
criteria-answer-prefer = aynı cevapları tercih et
