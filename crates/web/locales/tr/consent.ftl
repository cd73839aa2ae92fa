# machine-made translation: to be reviewed by a native speaker
# Amaca göre onaylar, kişinin kendi veri sayfası ve süreleriyle birlikte veri talepleri.
nav-requests = Veri talepleri
consent-purpose-participation = Programa katılım
consent-purpose-participation-hint = Kaydınızı saklıyor, size bir tandem öneriyor ve bununla ilgili size yazıyoruz (nasıl gittiğine dair kısa sorular dahil). Bu onay olmadan katılamazsınız.
consent-purpose-impact_surveys = Etki anketleri
consent-purpose-impact_surveys-hint = Tandemin başında ve sonunda kısa bir anket; yanıtlar destekçilere raporlara yalnızca özetlenmiş ve isimsiz girer. İsteğe bağlı.
consent-purpose-event_news = Etkinlik haberleri
consent-purpose-event_news-hint = Kuruluşun buluşmaları, eğitimleri ve kutlamaları hakkında e-postalar. İsteğe bağlı.
consent-channel-web_form = çevrimiçi form
consent-channel-paper = kâğıt form
consent-channel-in_person = yüz yüze veya telefonla
consent-channel-email = e-posta
consent-by-person = kişinin kendisi
consent-by-guardian = ebeveyn veya vasi
request-kind-access = Verilere erişim
request-kind-erasure = Silme
request-kind-end_participation = Katılımı sonlandırma (tandem sürüyor)
consent-state-none = verilmedi
consent-state-given = { $date } tarihinde verildi ({ $channel }, { $by }, metin { $version })
consent-state-withdrawn = { $date } tarihinde geri alındı ({ $channel }, { $by })
mail-registered-subject = { $programme } kaydınız
mail-registered-body =
    Merhaba { $name },

    { $programme } programına kaydolduğunuz için teşekkür ederiz. Uygun bir tandem bulur bulmaz sizinle iletişime geçeceğiz.

    Bu kişisel bağlantıyla hakkınızda ne sakladığımızı her zaman görebilir, verilerinizi indirebilir, onay verebilir veya geri alabilir ve silinmesini isteyebilirsiniz:
    { $link }

    Lütfen bağlantıyı kimseyle paylaşmayın.
me-title = Verilerim
me-intro = Hakkınızda sakladıklarımız bunlar. Verilerinizi indirebilir, onay verebilir veya geri alabilir ve silinmesini isteyebilirsiniz.
me-status = Durum
me-download = Tüm verilerimi indir (JSON)
me-consents-title = Onaylarım
me-withdraw = Geri al
me-give = Onay ver
me-erasure-title = Verilerimi sildir
me-erasure-hint = Verilerinizi bir ay içinde sileriz. Tandeminiz hâlâ sürüyorsa önce sizinle birlikte sonlandırırız.
me-erasure-confirm = Evet, verilerimin silinmesini istiyorum.
me-erasure-submit = Silinmesini iste
me-erasure-requested = { $received } tarihinde silme talep ettiniz. En geç { $due } tarihinde yapılacak.
me-erasure-confirm-missing = Verilerinizin silinmesini onaylamak için lütfen kutuyu işaretleyin.
me-withdrawn-left = Geri alma işleminiz kaydedildi. Artık katılmıyorsunuz ve bizden öneri almayacaksınız.
me-withdrawn-tandem = Geri alma işleminiz kaydedildi. Tandeminiz hâlâ sürdüğü için sorumlu kişi onu sonlandırmak üzere sizinle iletişime geçecek.
consents-link = Onaylar
consents-back = Kişiye dön
consents-now = Onayların durumu
consents-record = Onay veya geri alma kaydet
consents-purpose = Amaç
consents-what = Ne
consents-given = verildi
consents-withdrawn = geri alındı
consents-by = Kim tarafından
consents-channel = Nasıl
consents-save = Kaydet
consents-history = Geçmiş
consents-date = Tarih
consent-effect-left = Kaydedildi. Kişi havuzdan çıkarıldı; ona henüz gönderilmemiş e-postalar iptal edildi.
consent-effect-tandem = Kaydedildi. Kişi bir tandemde: lütfen sonlandırın; talep “Veri talepleri” altında.
requests-title = Veri talepleri
requests-intro = Erişim, silme ve geri alma talepleri bir ay içinde karşılanmalıdır. Gecikenler vurgulanır.
requests-open = Açık
requests-none-open = Açık talep yok.
requests-person = Kişi
requests-kind = Talep
requests-received = Geliş
requests-due = Son tarih
requests-done = Tamamlandı
requests-overdue = gecikmiş
requests-completed = Tamamlananlar
requests-completed-on = Tamamlanma
requests-source-self = kendi veri sayfasından
requests-source-staff = ekip tarafından kaydedildi
requests-erased-person = (silindi)
register-consent-optional = İsteğe bağlı: bunu istediğiniz zaman değiştirebilirsiniz.
