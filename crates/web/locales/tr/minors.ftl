# machine-made translation: to be reviewed by a native speaker
# Reşit olmayanlar ve adli sicil belgesi: doğum tarihi, veli ve onay, §72a kaydı (Minors and certificates of conduct).
minors-section = Çocuk veya genç
minors-birth-date = Doğum tarihi
minors-age = { $count ->
   *[other] { $count } yaşında
}
minors-guardian = Ebeveyn veya yasal vasi
minors-guardian-name = Ebeveynin veya vasinin adı
minors-guardian-relation = Çocukla ilişkisi
minors-guardian-phone = Velinin telefonu
minors-guardian-email = Velinin e-postası
minors-relation-parent = Ebeveyn
minors-relation-legal_guardian = Yasal vasi (Vormund)
minors-consent = Veli onayı
minors-consent-given-by = Onayı veren
minors-consent-given-on = Onay tarihi
minors-consent-channel = Onayın veriliş şekli
minors-channel-paper = Yazılı
minors-channel-in_person = Yüz yüze
minors-channel-online = Çevrimiçi
minors-nomination = Öneren (okul veya öğretmen)
minors-nomination-hint = İsteğe bağlı: çocuğu öneren okul veya öğretmen.
minors-renewal-due = { $count ->
   *[other] Artık { $count } yaşında: onayın yenilenmesi gerekiyor.
}
minors-consent-missing = 18 yaşından küçük ve veli onayı yok: kayıtlı kalır ve eşleştirilemez.
minors-edit-guardian = Doğum tarihi, veli ve onay
minors-guardian-title = Doğum tarihi ve veli
minors-guardian-hint = Doğum tarihini kaydedin. 18 yaşından küçükler için ebeveyni veya vasiyi, iletişim bilgisini ve onayını da kaydedin.
minors-guardian-needed-hint = 18 yaşından küçükler için gerekli: ad, ilişki, telefon numarası veya e-posta adresi.
minors-back-to-person = Profile dön
minors-certificate-title = Adli sicil belgesi (§72a SGB VIII)
minors-certificate-hint = Yalnızca gördüğünüzü kaydedin: genişletilmiş adli sicil belgesini ne zaman incelediğinizi, belgenin tarihini ve ilgili bir kayıt içerip içermediğini. Kopya saklamayın.
minors-inspected-on = İnceleme tarihi
minors-certificate-dated = Belge tarihi
minors-certificate-dated-hint = İnceleme sırasında en fazla üç aylık olmalıdır.
minors-relevant-entry = İlgili kayıt
minors-yes = Evet
minors-no = Hayır
minors-inspected-by = İnceleyen
minors-renew-by = Yenileme tarihi
minors-renewal = Yenileme
minors-renewal-soon = Yakında: yeni bir belge isteyin.
minors-clearance-valid = Adli sicil belgesi: geçerli
minors-clearance-not_valid = Adli sicil belgesi: geçerli değil
minors-clearance-missing = Adli sicil belgesi: yok
minors-record-certificate = İnceleme kaydet
minors-register-legend = 18 yaşından küçük çocuk veya genç
minors-register-hint = 18 yaşından küçükler için bu bölümü ebeveyn veya vasi doldurur ve onay verir.
minors-register-consent = Ebeveyn veya yasal vasiyim; kayda ve verilerin program için saklanmasına onay veriyorum.
minors-error-birth-date-needed = Lütfen tam doğum tarihini girin; 18 yaşından küçükler için bir ebeveyn veya vasi de gerekir.
minors-error-consent = Ebeveyn veya vasi onay vermelidir.
minors-mail-renewal-subject = Sponsorluk için onay: lütfen yenileyin
minors-mail-renewal-body = Merhaba,

    { $name } artık { $age } yaşında. Lütfen sponsorluk için onayınızı program ekibi ile yenileyin; ekip sizinle iletişime geçecek ya da bu e-postayı yanıtlayabilirsiniz.
minors-mail-renewal-body-adult = Merhaba { $name },

    artık { $age } yaşındasın ve kendin karar veriyorsun. Devam etmek isteyip istemediğini program ekibine söyle; bu e-postayı yanıtlaman yeterli.
rule-name-certificate_of_conduct = adli sicil belgesi
error-field-guardian-consent-missing = 18 yaşından küçük: ebeveyn veya vasi onayı eksik.
error-field-certificate-missing = Bu mentor için kayıtlı adli sicil belgesi yok; bir çocuk onunla eşleştirilemez.
error-field-certificate-not-valid = Bu mentorun adli sicil belgesi geçerli değil; bir çocuk onunla eşleştirilemez.
error-field-certificate-too-old = Belge, inceleme sırasında üç aydan eskiydi.
error-field-certificate-after-inspection = Belge incelemeden sonraki bir tarihi taşıyamaz.
error-field-future-date = Bu tarih gelecekte.
error-field-birth-date = Lütfen doğum tarihini kontrol edin.
error-field-birth-year-mismatch = Doğum tarihi doğum yılıyla uyuşmuyor.
error-field-guardian-contact = Lütfen velinin telefon numarasını veya e-posta adresini girin.
