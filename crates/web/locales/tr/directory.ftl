# machine-made translation: to be reviewed by a native speaker
# Herkese açık dizin, harita, kuruluş profilleri ve iletişim formu (The public directory, the map, organisation profiles and the contact form).
directory-search-label = Program ara
directory-postal-code = Posta kodunuz
directory-radius = Uzaklık
directory-radius-option = { $km } km içinde
directory-text = Arama kelimeleri
directory-more-filters = Diğer filtreler
directory-any = Tümü
directory-language = Dil
directory-seeking = Aranan
directory-seeking-mentors = Mentor (gönüllü) arıyor
directory-seeking-mentees = Mentee arıyor
directory-seeks-both = Mentor ve mentee arıyor
directory-seeks-mentors = Mentor arıyor
directory-seeks-mentees = Mentee arıyor
directory-district = İlçe
directory-reset = Tümünü göster
directory-search = Ara
directory-none = Bu aramaya uyan bir program yok. Daha büyük bir uzaklık ya da daha az filtre deneyin.
directory-distance = { $km } km uzaklıkta
directory-found = { $count ->
    [one] { $count } program
   *[other] { $count } program
}
directory-found-near = { $count ->
    [one] { $place } çevresinde { $km } km içinde { $count } program
   *[other] { $place } çevresinde { $km } km içinde { $count } program
}
programme-target-group = Kimler için
programme-how-to-join = Nasıl katılabilirsiniz
programme-contact = İletişim
programmes-count = { $count ->
    [one] { $count } program
   *[other] { $count } program
}
map-title = Haritada programlar
map-intro = Programlarını görmek için bir ilçe, çevresindeki programları görmek için bir nokta seçin.
map-caption = İlçeleriyle Aşağı Saksonya; noktalar programları gösterir.
map-districts = Programı olan ilçeler
map-online = { $count ->
    [one] { $count } program çevrim içi yürütülüyor
   *[other] { $count } program çevrim içi yürütülüyor
}
map-link = Harita
organisation-logo = Logo
organisation-website = Web sitesi
organisation-partners = Ortak arıyoruz
organisation-programmes = Programlar
organisation-no-programmes = Şu anda yayınlanmış bir program yok.
contact-title = İletişim
contact-hint = Mesajınız e-postayla kuruluşa iletilir; kuruluş size doğrudan yanıt verir. Bilgileriniz yalnızca bunun için kullanılır.
contact-name = Adınız
contact-email = E-posta adresiniz
contact-message = Mesajınız
contact-send = Mesajı gönder
contact-sent = Teşekkürler, mesajınız gönderildi.
contact-no-address = Bu kuruluşa henüz Tandem üzerinden ulaşılamıyor.
mail-contact-subject = Tandem üzerinden yeni mesaj: { $name }
mail-contact-body = { $name }, Tandem dizini üzerinden { $organisation } kuruluşuna yazdı. Doğrudan yanıt vermek için bu e-postayı yanıtlamanız yeterli.

    { $message }
profile-title = Proje fuarındaki profilimiz
profile-view = Profili görüntüle
profile-website = Web sitesi (https://…)
profile-partner-note = Şunun için ortak arıyoruz: …
profile-partner-note-hint = Diğer programların sizi bulabilmesi için profilinizde gösterilir.
profile-contact-email = İletişim formu için adres
profile-contact-email-hint = Hiçbir zaman gösterilmez: ziyaretçiler bir form aracılığıyla yazar, yanıtlar doğrudan onlara gider.
profile-logo = Logo
profile-logo-remove = Logoyu kaldır
profile-logo-hint = PNG veya JPEG, en fazla { $kb } KB. Küçültülür ve yeniden kaydedilir.
listing-title = Dizinde { $name }
listing-intro = Herkese açık dizinin bu program hakkında, açıklamasının yanı sıra gösterdikleri.
listing-contact-hint = Görüşme saatleri, bir telefon numarası ya da bir web adresi – kişisel e-posta adresleri değil.
saved = Kaydedildi.
nav-map = Harita
nav-profile = Profil
error-field-postal-code-unknown = Bu posta kodunu tanımıyoruz. Lütfen kontrol edin (beş hane, ör. 30159).
error-field-range-1-300 = Lütfen 1 ile 300 km arasında bir uzaklık seçin.
error-field-web-address = Lütfen https:// ile başlayan bir web adresi girin.
error-field-message-length = Lütfen 10 ile 5.000 karakter arasında yazın.
error-field-logo-not-image = Bu dosya bir PNG veya JPEG resmi değil.
error-field-logo-too-large = Dosya çok büyük: en fazla { $kb } KB.
listing-link = Dizin kaydı
