# machine-made translation: to be reviewed by a native speaker
# Etkinlikler: takvim, kayıt, bekleme listesi, giriş listesi (Events: the calendar, registration, the waiting list, the list at the door).
nav-events = Etkinlikler
nav-staff-events = Etkinliklerimiz
events-title = Etkinlikler
events-intro = İttifakın ve kuruluşlarının konferansları, bilgilendirme akşamları, mentor eğitimleri ve buluşmaları.
events-empty = Şu anda planlanmış bir etkinlik yok.
event-kind-conference = Konferans
event-kind-information_evening = Bilgilendirme akşamı
event-kind-training = Mentor eğitimi
event-kind-get_together = Buluşma
event-alliance = Niedersachsen packt an (ittifak)
event-online = Çevrim içi
event-online-link-later = Bağlantıyı onay e-postanızla birlikte alacaksınız.
event-when = Ne zaman
event-where = Nerede
event-time = Saat
event-session = Program bölümü
event-programme = Program
event-places = Kontenjan
event-places-left = { $count ->
    [one] { $count } yer kaldı
   *[other] { $count } yer kaldı
}
event-fully-booked = { $count ->
    [0] Kontenjan doldu – bekleme listesine kaydolun
    [one] Kontenjan doldu – bekleme listesinde { $count } kişi var
   *[other] Kontenjan doldu – bekleme listesinde { $count } kişi var
}
event-add-to-calendar = Takvime ekle (.ics)
event-register = Kaydol
event-field-name = Adınız
event-field-organisation = Kuruluşunuz (isteğe bağlı)
event-field-accessibility = Erişilebilirlik ihtiyaçları
event-field-accessibility-hint = Ör. basamaksız giriş, işaret dili, çocuk bakımı. Bunu yalnızca düzenleyenler görür.
event-already-registered = Bu e-posta adresi bu etkinliğe zaten kayıtlı. Kaydınızı onay e-postanızdaki bağlantıdan görebilirsiniz.
event-details = Etkinlik ayrıntıları
event-you-are-confirmed = Kaydınız alındı. Sizi aramızda görmekten mutluluk duyacağız!
event-you-are-waiting = Etkinliğin kontenjanı doldu: bekleme listesinde { $position }. sıradasınız. Bir yer boşalırsa sıranız otomatik olarak ilerler ve size e-postayla haber veririz.
event-you-cancelled = Kaydınız iptal edildi.
event-cancel-hint = Gelemeyecek misiniz? Bekleme listesindeki biri yerinizi alabilsin diye lütfen kaydınızı iptal edin.
event-cancel = Kaydımı iptal et
event-status-confirmed = Kayıtlı
event-status-waiting = Bekleme listesi
event-status-cancelled = İptal edildi
staff-events-title = Etkinliklerimiz
staff-events-empty = Henüz hiç etkinlik oluşturmadınız.
event-new = Yeni etkinlik
event-edit = Düzenle
event-csv = Kayıtlar (CSV)
event-public-page = Herkese açık sayfa
event-door-list = Giriş listesi
event-present = { $count ->
    [one] { $count } kişi geldi
   *[other] { $count } kişi geldi
}
event-present-yes = Geldi
event-mark-present = Geldi olarak işaretle
event-no-registrations = Henüz kimse kaydolmadı.
event-form-title = Etkinlik
event-field-title = Başlık
event-field-date = Tarih
event-field-start = Başlangıç saati
event-field-end = Bitiş saati
event-field-online-url = Çevrim içi katılım bağlantısı (https://…)
event-field-sessions-hint = Her satıra bir program bölümü: 10:00-10:30 | Başlık | Konuşmacılar
event-field-published = Yayında: takvimde görünür ve kayda açıktır
csv-name = Ad
csv-email = E-posta
csv-organisation = Kuruluş
csv-accessibility = Erişilebilirlik ihtiyaçları
csv-status = Durum
csv-attended = Katıldı
csv-registered-at = Kayıt tarihi
mail-event-subject = Kaydınız: { $event }
mail-event-confirmed-body = Merhaba { $name },

    "{ $event }" etkinliğine kaydınız alındı ({ $when }).

    Kaydınızı görmek ve gelemeyecekseniz iptal etmek için: { $link }
mail-event-waiting-body = Merhaba { $name },

    "{ $event }" etkinliğinin kontenjanı doldu: bekleme listesinde { $position }. sıradasınız. Bir yer boşalırsa sıranız otomatik olarak ilerler ve size haber veririz.

    Kaydınızı görmek ve iptal etmek için: { $link }
mail-event-promoted-body = Merhaba { $name },

    Güzel bir haberimiz var: bir yer boşaldı ve "{ $event }" etkinliğine kaydınız artık kesinleşti ({ $when }).
error-field-date = Lütfen bir tarih girin (YYYY-AA-GG).
error-field-time = Lütfen bir saat girin (SS:DD).
error-field-end-before-start = Bitiş, başlangıçtan sonra olmalıdır.
error-field-place-or-link = Lütfen bir yer, çevrim içi katılım için bir bağlantı ya da ikisini birden girin.
error-field-range-1-5000 = Lütfen 1 ile 5.000 arasında bir sayı girin.
error-field-session-lines = Şu program satırları okunamadı: { $lines }. Bunları 10:00-10:30 | Başlık | Konuşmacılar biçiminde yazın.
person-trainings = Katıldığı eğitimler
person-trainings-none = Henüz bir eğitime katılmadı. Katılım, “Etkinlikler” altında eğitimin girişinde işaretlenir.
