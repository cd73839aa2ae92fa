# machine-made translation: to be reviewed by a native speaker
# Veri koruma: dışa aktarma, silme, denetim kaydı (Data protection: export, erasure, audit trail).
nav-audit = Denetim kaydı
privacy-title = Veri koruma
privacy-export = Bu kişinin tüm verilerini dışa aktar (JSON)
privacy-erase-hint = Silme işlemi, bu kişinin tüm kişisel bilgilerini Tandem'den kalıcı olarak kaldırır; yalnızca anonim sayılar kalır. Lütfen önce açık tandemleri sonlandırın.
privacy-erase-confirm = Evet, bu kişinin verilerini şimdi sil
privacy-erase = Kişisel verileri sil
error-field-open-tandem = Bu kişi açık bir tandemde. Lütfen önce tandemi sonlandırın.
audit-title = Denetim kaydı
audit-hint = Kimin, kimin verilerini görüntülediği, değiştirdiği, dışa aktardığı veya sildiği; en yeniler üstte.
audit-empty = Henüz kayıt yok.
audit-when = Ne zaman
audit-who = Kim
audit-what = Ne yaptı
audit-person = Kişi
audit-action-viewed = görüntüledi
audit-action-changed = değiştirdi
audit-action-exported = dışa aktardı
audit-action-erased = sildi
