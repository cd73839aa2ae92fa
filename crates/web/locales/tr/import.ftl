# machine-made translation: to be reviewed by a native speaker
# İçe ve dışa aktarma: mentor ve mentee listeleri (Import and export of lists).
import-link = Liste içe veya dışa aktar
import-title = Liste içe aktar
import-back-to-people = Kişi listesine dön
import-file = Dosya (CSV, XLSX veya ODS)
import-file-hint = İlk satır sütun başlıklarını içerir, ör. Rol, Ad, Soyad, E-posta, Posta kodu, Diller, Doğum yılı. CSV virgül, noktalı virgül, sekme veya dikey çizgiyle ayrılabilir; UTF-8 veya Windows-1252.
import-limits = En fazla { $megabytes } MB ve { $rows } satır.
import-upload = Yükle ve kontrol et
import-no-file = Lütfen bir dosya seçin.
import-export-title = Dışa aktar
import-export-hint = Bu programdaki herkes, içe aktarmanın okuduğu aynı sütunlarda – dosyayı düzenleyip yeniden yükleyebilirsiniz.
import-export-csv = CSV olarak indir
import-export-xlsx = Excel dosyası (XLSX) olarak indir
import-review-title = Sütunları eşleştir ve kontrol et
import-other-file = Başka bir dosya yükle
import-file-summary = { $name }: { $format }, { $rows } satır
import-mapping-title = Sütunlar
import-mapping-hint = Eşleştirme başlıklardan tahmin edildi. Gerekirse düzeltin ve yeniden kontrol edin.
import-column = Dosyadaki sütun
import-sample = İlk değer
import-field = Anlamı
import-field-ignore = (alma)
import-field-role = Rol (mentor/mentee)
import-field-first_name = Ad
import-field-last_name = Soyad
import-field-email = E-posta
import-field-phone = Telefon
import-field-postal_code = Posta kodu
import-field-languages = Diller
import-field-birth_year = Doğum yılı
import-field-gender = Cinsiyet
import-field-gender_preference = Cinsiyet tercihi
import-field-availability = Zamanlar
import-field-interests = İlgi alanları
import-field-goals = Hedefler
import-field-profession = Meslek veya okul dersleri
import-field-capacity = Kapasite (mentor başına mentee)
import-field-locale = İletişim dili
import-field-status = Durum
import-field-notes = Koordinasyon notları
import-skip = Satırları atla
import-skip-hint = Rapordaki satır numaraları, ör. 3, 7, 10-12.
import-check = Yeniden kontrol et
import-report-title = Deneme çalıştırması
import-problems = { $count ->
    [one] Bir sorun
   *[other] { $count } sorun
}
import-duplicates = { $count ->
    [one] Bir mükerrer kayıt
   *[other] { $count } mükerrer kayıt
}
import-ready = { $count ->
    [one] Her şey yolunda: bir kişi içe aktarılacak.
   *[other] Her şey yolunda: { $count } kişi içe aktarılacak.
}
import-blocked = Sorunlar veya mükerrer kayıtlar olduğu sürece hiçbir şey içe aktarılmaz. Dosyayı düzeltin veya belirtilen satırları atlayın.
import-skip-suggested = Bu satırları atla ve yeniden kontrol et
import-consent = Kuruluşumuzun bu listedeki her kişiden verilerinin saklanması için onay aldığını teyit ediyorum.
import-consent-missing = Lütfen içe aktarmadan önce onayları teyit edin.
import-run = Şimdi hepsini içe aktar
import-done-title = İçe aktarma tamamlandı
import-done = { $count ->
    [one] Bir kişi içe aktarıldı.
   *[other] { $count } kişi içe aktarıldı.
}
import-problem = Satır { $row }, sütun { $column }: '{ $value }' { $message }
import-problem-empty = Satır { $row }, sütun { $column }: { $message }
import-duplicate-email-row = Satır { $row }: satır { $other } ile aynı e-posta ({ $value })
import-duplicate-email-existing = Satır { $row }: programda zaten olan biriyle aynı e-posta ({ $value })
import-duplicate-name-row = Satır { $row }: satır { $other } ile aynı ad ve doğum yılı ({ $value })
import-duplicate-name-existing = Satır { $row }: programda zaten olan biriyle aynı ad ve doğum yılı ({ $value })
import-mapping-missing = Hiçbir sütun "{ $field }" ile eşleştirilmedi; bu bilgi gerekli.
import-mapping-repeated = { $columns } sütunlarının hepsi "{ $field }" ile eşleştirildi; birini bırakın.
import-code-required = eksik ama gerekli
import-code-too-long = çok uzun
import-code-too-many = çok fazla giriş içeriyor (en fazla 20)
import-code-email = bir e-posta adresi değil
import-code-phone = bir telefon numarası değil
import-code-postal-code = bir Alman posta kodu değil
import-code-language = bilinmeyen bir dil adı (ör. Deutsch, Arabisch veya de, ar:native gibi kodlar)
import-code-language-level = A1–C2 veya ana dil dışında bir seviye
import-code-duplicate-language = bir dili iki kez içeriyor
import-code-availability = "mon-evening, sat-morning" gibi bir zaman listesi değil
import-code-choice = izin verilen değerlerden biri değil
import-code-birth-year = 1900 ile bugün arasında bir doğum yılı değil
import-code-range-1-10 = 1 ile 10 arasında bir sayı değil
import-code-role = ne mentor ne de mentee
import-code-status = bir durum değil (registered, screened, ready, withdrawn, alumni)
import-code-status-needs-tandem = içe aktarılamaz: "matched" bir tandem gerektirir; "ready" kullanın
import-code-locale = de, en, ar gibi bir dil kodu değil
import-error-file-too-large = Dosya çok büyük; sınır { $limit }.
import-error-too-many-rows = Tabloda çok fazla satır var; sınır { $limit }. Listeyi bölün.
import-error-too-many-columns = Tabloda çok fazla sütun var; sınır { $limit }.
import-error-unpacked-too-large = Tablo dosyası açıldığında { $limit } boyutundan büyük ve okunmuyor.
import-error-empty = Dosya boş veya başlık satırı yok.
import-error-legacy-excel = Eski Excel dosyaları (.xls) okunmaz. Tabloyu .xlsx, .ods veya CSV olarak kaydedin.
import-error-unreadable = Dosya CSV, XLSX veya ODS olarak okunamıyor.
import-running-title = İçe aktarma sürüyor
import-running = { $total } satırdan { $done } tanesi yazıldı …
import-running-hint = Bu sayfa kendini yeniler. Sonuna kadar hiçbir şey görünmez: liste ya tamamen ya da hiç içe aktarılır.
import-failed-title = İçe aktarma mümkün değil
import-failed = İçe aktarma başarısız oldu; kimse içe aktarılmadı. Lütfen daha sonra tekrar deneyin.
import-failed-duplicate = Bu arada listedeki biri aynı e-posta adresiyle kaydoldu; kimse içe aktarılmadı. Lütfen listeyi tekrar kontrol edin.
