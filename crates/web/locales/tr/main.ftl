# machine-made translation: to be reviewed by a native speaker
# Tandem – Türkçe arayüz (Turkish interface).

## Frame
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-home = Ana sayfa
nav-coordinator = Koordinasyon
nav-tandems = Tandemler
nav-programmes = Programlar
nav-staff = Ekip
nav-alliance = İttifak
language-label = Dil
login = Giriş yap
logout = Çıkış yap
footer-text = Tandem – Aşağı Saksonya'da mülteciler ve göçmenler için sponsorluk, mentorluk ve tandemler.
back-home = Ana sayfaya dön
yes = evet
no = hayır
save = Kaydet
name = Ad
programme = Program
created = Oluşturulma
waiting = Bekleme süresi

## Error pages
error-title = İşlem gerçekleştirilemedi
error-not-found = Bu sayfa mevcut değil – ya da erişim izniniz yok.
error-forbidden = Hesabınızın bunu yapma izni yok.
error-conflict = Bu adım mevcut durumda mümkün değil. Hiçbir şey değiştirilmedi.
error-invalid = Bilgiler eksik veya geçersiz. Hiçbir şey değiştirilmedi.
error-too-large = Gönderilen veri çok büyük.
error-internal = Bir şeyler ters gitti. Lütfen daha sonra tekrar deneyin.
error-storage-full = Sunucunun depolama alanı dolu. Hiçbir şey kaydedilmedi; mevcut veriler değişmedi. Lütfen daha sonra tekrar deneyin ve platformu işletenlere haber verin.

## Start page and programmes
home-title = Yakınınızdaki programlar
home-intro = Sponsorluk, eğitim desteği ve mentorluk: bir program bulun ve katılın – destek alan kişi ya da gönüllü olarak.
home-empty = Şu anda yayınlanmış bir program yok.
programme-languages = Diller
programme-region = Bölge
programme-duration = Planlanan süre
region-online = çevrim içi
months = { $count ->
    [one] { $count } ay
   *[other] { $count } ay
}
register-as-mentee = Destek arıyorum (mentee)
register-as-mentor = Birine destek olmak istiyorum (mentor)

## Registration
register-title-mentee = Mentee olarak kaydol
register-title-mentor = Mentor olarak kaydol
register-about-you = Hakkınızda
register-more = Getirdikleriniz ve aradıklarınız
register-submit = Kaydı gönder
form-has-errors = Lütfen işaretli alanları kontrol edin.
consent-text = Bu programı yürüten kuruluşun, bana uygun bir tandem partneri bulmak için bilgilerimi saklamasını kabul ediyorum. Bu onayı istediğim zaman geri çekebilirim.
error-consent = Onayınız olmadan kaydınızı saklayamayız.
error-already-registered = Bu e-posta adresiyle bu programa kayıtlı biri zaten var.
registered-title = Kaydınız için teşekkürler!
registered-text = Kaydınızı aldık. Program ekibi sizi tanımak için sizinle iletişime geçecek.
field-first-name = Ad
field-last-name = Soyad
field-email = E-posta
field-phone = Telefon (isteğe bağlı)
field-postal-code = Posta kodu
field-birth-year = Doğum yılı
field-gender = Cinsiyet
field-gender-preference = Tandem partnerim için tercihim
field-languages = Diller
field-language = Dil
field-level = Seviye
field-availability = Ne zaman vaktiniz var?
field-interests = İlgi alanları (virgülle ayırın)
field-goals = Hedefler (virgülle ayırın)
field-profession = Meslek, bölüm veya okul dersleri
field-capacity = Kaç kişiye destek olmak istersiniz? (isteğe bağlı)
field-password = Şifre
field-initial-password = İlk şifre (en az 12 karakter)
field-name = Ad
field-city = Şehir
field-kind = Tür
field-description = Açıklama
field-region = Bölge
field-region-hint = "online" veya virgülle ayrılmış posta kodları, ör. 30159, 30161
field-programme-languages = Programın dilleri
field-programme-languages-hint = Virgülle ayrılmış ISO dil kodları, ör. de, ar, uk
field-duration-months = Ay olarak planlanan süre
field-mentor-capacity = Mentor başına mentee sayısı
field-published = Yayında
field-published-hint = Herkese açık dizinde göster ve kayıt kabul et
field-role = Rol

## Log-in
login-title = Giriş yap
login-failed = E-posta adresi veya şifre yanlış.

## Coordination
coordinator-title = Koordinasyon
coordinator-empty = Kuruluşunuzun henüz bir programı yok.
waiting-mentees = Bekleyen mentee'ler
waiting-mentors = Uygun mentorlar
to-screen = Yeni kayıtlar
all-people = Tüm kişiler
people-title = Kişiler
people-empty = Kimse bulunamadı.
filter-side = Taraf
filter-status = Durum
filter-search = Ara
filter-all = tümü
filter-apply = Göster
days-waiting = { $count ->
    [one] { $count } gün
   *[other] { $count } gün
}
side-mentor = Mentor
side-mentee = Mentee
back-to-list = listeye dön
person-registered = Kayıt tarihi
person-consent = Onay (sürüm · dil · tarih)
screening = Ön görüşme
screen-to-screened = Görüşüldü olarak işaretle
screen-to-ready = Onayla (tandem bekliyor)
screen-to-withdrawn = Vazgeçti
screen-to-registered = Yeniden kabul et
notes = Koordinatör notları
notes-hint = Yalnızca kuruluşunuzun koordinatörleri görebilir.
tandem-new-title = Tandem oluştur
tandem-new-empty = Şu anda onaylanmış mentee ya da boş yeri olan mentor yok.
tandem-propose = Tandem öner
tandems-title = Tandemler
tandems-empty = Tandem bulunamadı.
tandem-title = Tandem
tandem-mentor-accepted = Mentor kabul etti
tandem-mentee-accepted = Mentee kabul etti
end-reason = Bitiş nedeni
pager-label = Sayfalar
pager-previous = Önceki
pager-next = Sonraki
pager-position = Sayfa { $page } / { $pages } (toplam { $total })

## Tandem actions
action-accept_mentor = Mentorun kabulünü kaydet
action-accept_mentee = Mentee'nin kabulünü kaydet
action-decline_mentor = Mentorun reddini kaydet
action-decline_mentee = Mentee'nin reddini kaydet
action-start = Tandemi başlat
action-pause = Duraklat
action-resume = Devam ettir
action-complete = Başarıyla tamamla
action-end_early = Erken bitir

## Organisation administration
admin-programmes-title = Programlar
admin-programmes-empty = Henüz program yok. İlkini oluşturun.
admin-programme-new = Yeni program
admin-programme-edit = Programı düzenle
admin-staff-title = Ekip
admin-staff-empty = Ekipte henüz kimse yok.
admin-staff-new = Ekibe birini ekle
role-alliance_admin = İttifak ofisi
role-org_admin = Kuruluş yöneticisi
role-coordinator = Koordinatör
role-mentor = Mentor
role-mentee = Mentee

## Alliance
alliance-title = "Niedersachsen packt an" ittifakı
alliance-statewide = Eyalet genelinde
alliance-people = Duruma göre kişiler
alliance-tandems = Duruma göre tandemler
alliance-programmes = Tüm kuruluşlarda { $count ->
    [one] { $count } program
   *[other] { $count } program
}.
alliance-organisations = Üye kuruluşlar
alliance-organisations-empty = Henüz kuruluş yok.
alliance-new-organisation = Kuruluş ekle

## Kinds of programme
kind-buddy = Arkadaşlık / tandem
kind-learning = Eğitim sponsorluğu
kind-career = Kariyer mentorluğu

## Languages
lang-de = Almanca
lang-en = İngilizce
lang-ar = Arapça
lang-uk = Ukraynaca
lang-ru = Rusça
lang-fa = Farsça
lang-prs = Darice
lang-kmr = Kürtçe (Kurmanci)
lang-ckb = Kürtçe (Sorani)
lang-tr = Türkçe
lang-ti = Tigrinya dili
lang-ps = Peştuca
lang-so = Somalice
lang-fr = Fransızca
lang-es = İspanyolca
lang-pl = Lehçe
lang-ro = Rumence
lang-sq = Arnavutça
lang-ku = Kürtçe
level-a1 = A1 – başlangıç
level-a2 = A2 – temel
level-b1 = B1 – orta
level-b2 = B2 – orta üstü
level-c1 = C1 – ileri
level-c2 = C2 – akıcı
level-native = ana dil

## Availability
weekday-0 = Pazartesi
weekday-1 = Salı
weekday-2 = Çarşamba
weekday-3 = Perşembe
weekday-4 = Cuma
weekday-5 = Cumartesi
weekday-6 = Pazar
slot-0 = sabahları
slot-1 = öğleden sonraları
slot-2 = akşamları

## Gender
gender-female = kadın
gender-male = erkek
gender-diverse = diğer
gender-not_stated = belirtilmemiş
gender-preference-any = fark etmez
gender-preference-same_gender = aynı cinsiyetten
gender-preference-female = bir kadın
gender-preference-male = bir erkek

## Status of people
status-registered = kayıtlı
status-screened = görüşüldü
status-ready = bekliyor
status-matched = tandemde
status-alumni = mezun
status-withdrawn = vazgeçti

## Status of tandems
tandem-status-proposed = önerildi
tandem-status-accepted = kabul edildi
tandem-status-active = etkin
tandem-status-paused = duraklatıldı
tandem-status-completed = tamamlandı
tandem-status-ended_early = erken bitti
tandem-status-declined = reddedildi

## Reasons for an early end
end-reason-moved_away = taşındı
end-reason-no_time = artık vakti yok
end-reason-not_a_good_fit = uyum sağlanamadı
end-reason-goal_reached = hedefe erken ulaşıldı
end-reason-no_contact = iletişim koptu
end-reason-other = başka bir neden
end-reason-detail = Ne oldu? (“başka bir neden” için)
end-reason-detail-hint = Yalnızca “başka bir neden” için ve o zaman zorunlu: kısa bir cümle, en fazla 200 karakter. Koordinasyon görür; kişinin verileri silindiğinde kaldırılır.

## Field errors
error-field-postal-code = Lütfen 5 haneli bir Alman posta kodu girin.
error-field-language = Bu dili tanımıyoruz.
error-field-language-level = Lütfen bir dil seviyesi seçin.
error-field-duplicate-language = Lütfen her dili yalnızca bir kez girin.
error-field-required = Lütfen doldurun.
error-field-email = Lütfen geçerli bir e-posta adresi girin.
error-field-birth-year = Lütfen doğum yılını 4 haneli girin.
error-field-choice = Lütfen sunulan değerlerden birini seçin.
error-field-availability = Lütfen geçerli zamanlar seçin.
error-field-too-long = Bu metin çok uzun.
error-field-too-short = Bu metin çok kısa.
error-field-too-many = Lütfen en fazla 20 giriş.
error-field-phone = Lütfen rakamlardan oluşan bir telefon numarası girin.
error-field-range-1-10 = Lütfen 1 ile 10 arasında bir sayı girin.
error-field-range-1-60 = Lütfen 1 ile 60 arasında bir sayı girin.
error-field-region = Lütfen "online" veya 5 haneli posta kodları girin.
error-field-password-too-short = Şifre en az 12 karakter olmalıdır.
error-field-password-too-common = Bu şifre çok yaygın ve kolay tahmin edilir. Lütfen başka bir şifre seçin, örneğin birkaç kelimelik bir cümle.
error-field-role-organisation = Bu rol için bir kuruluş gerekir.
error-field-taken = Bu zaten kullanılıyor.
error-field-not-a-mentor = Seçilen kişi mentor değil.
error-field-not-a-mentee = Seçilen kişi mentee değil.
error-field-other-programme = İkisi de aynı programda olmalı.
error-field-not-available = Bu kişi şu anda tandem beklemiyor.
error-field-mentor-full = Bu mentorun boş yeri kalmadı.
error-field-illegal-move = Bu adım mevcut durumda mümkün değil.

# Tandems with several mentors or mentees (machine translation)
members-title = Diğer mentorlar ve mentiler
members-none = Bu tandemde bir mentor ve bir menti var.
members-remove = Tandemden çıkar
members-add-label = Kişi ekle
members-hint = Bir tandemde kaç mentor ve menti olabileceğini programın kuralları belirler; her ek mentor tüm kurallara uymalıdır.
members-add = Ekle
rules-max-mentors = Tandem başına mentor (1–3)
rules-max-mentees = Tandem başına menti (1–12, ör. bir aile)
error-field-tandem-closed = Bu tandem sona erdi.
error-field-already-in-tandem = Bu kişi zaten bu tandemde.
error-field-tandem-full = Programın kuralları bu tarafta başka kimseye izin vermiyor.
error-field-range-1-3 = Lütfen 1 ile 3 arasında bir sayı girin.
error-field-range-1-12 = Lütfen 1 ile 12 arasında bir sayı girin.
