# machine-made translation: to be reviewed by a native speaker
# Takip: kişisel buluşma kaydı, ara değerlendirmeler, risk altındaki tandemler (Follow-up: the meeting log, check-ins, tandems at risk).
nav-at-risk = Risk altındaki tandemler
followup-meetings-title = Buluşmalarımız: siz ve { $value }
followup-meetings-hello = Merhaba { $value }, her buluşmayı buraya kaydedin, bir dakika sürer. Böylece koordinatörünüz tandemin nasıl gittiğini görür ve gönüllü saatleri sayar.
followup-log-heading = Buluşma kaydet
followup-field-date = Tarih
followup-field-minutes = Süre (dakika)
followup-field-minutes-hint = Örneğin bir saat için 60, bir buçuk saat için 90.
followup-field-kind = Nasıl buluştunuz?
followup-kind-in-person = Yüz yüze
followup-kind-online = Çevrim içi veya telefonla
followup-field-note = Not (isteğe bağlı)
followup-field-note-hint = Birkaç kelime, en fazla 500 karakter. Koordinatörünüz okuyabilir.
followup-log-save = Buluşmayı kaydet
followup-log-saved = Teşekkürler, buluşma kaydedildi.
followup-not-running = Bu tandem şu anda devam etmiyor; buluşma kaydedilemez.
followup-so-far = Şimdiye kadar
followup-mentees-heading = Buluştuğunuz kişiler
followup-mentees-private = Bunu yalnızca bu tandemin mentorları ve koordinatörler görür.
followup-totals = { $count ->
    [0] Henüz kayıtlı buluşma yok.
   *[other] { $count } buluşma, { $hours } saat.
}
followup-minutes = { $count } dk
followup-logged-by = Kaydeden
followup-logged-by-coordinator = Koordinatör
followup-check-in-title = Tandeminiz nasıl gidiyor?
followup-check-in-hello = Merhaba { $name }, { $other } ile tandeminiz bir aşamaya ulaştı ({ $point }). Dört kısa soru – yanıtlarınızı yalnızca koordinatörünüz görür.
followup-point-4w = 4 hafta sonra
followup-point-3m = 3 ay sonra
followup-point-6m = 6 ay sonra
followup-point-end = sonunda
followup-question-mood = Nasıl gidiyor?
followup-mood-1 = 1 – kötü
followup-mood-2 = 2 – pek iyi değil
followup-mood-3 = 3 – idare eder
followup-mood-4 = 4 – iyi
followup-mood-5 = 5 – çok iyi
followup-question-regular = Düzenli olarak buluşuyor musunuz?
followup-yes = Evet
followup-no = Hayır
followup-question-comment = Bize söylemek istediğiniz bir şey var mı? (isteğe bağlı)
followup-question-call-me = Koordinatörün beni aramasını istiyorum.
followup-check-in-send = Yanıtları gönder
followup-check-in-saved = Teşekkürler! Yanıtlarınız kaydedildi. Bu bağlantıyla istediğiniz zaman değiştirebilirsiniz.
followup-at-risk-title = Risk altındaki tandemler
followup-at-risk-intro = Son zamanlarda buluşma olmayan, endişe verici bir ara değerlendirme yanıtı olan veya arama isteyen devam eden tandemler.
followup-at-risk-empty = Şu anda ilgi gerektiren tandem yok.
followup-at-risk-count = { $count ->
   *[other] { $count } tandem ilgi bekliyor
}
followup-last-meeting = Son buluşma
followup-reasons = Neden
followup-never = henüz yok
followup-reason-no-meeting = { $count ->
   *[other] { $count } haftadır buluşma yok
}
followup-reason-bad-check-in = Ara değerlendirme: “{ $mood }”{ $regular ->
    [no] , düzenli buluşmuyorlar
   *[yes] {""}
}
followup-reason-call-requested = Aranmak istiyor
followup-settings-heading = Bir tandem ne zaman risk altındadır?
followup-settings-weeks = { $value }: bu kadar hafta buluşma olmazsa risk altında
followup-settings-save = Kaydet
followup-settings-saved = Ayar kaydedildi.
followup-tandem-title = Buluşmalar ve ara değerlendirmeler
followup-back-to-tandem = Tandeme dön
followup-started = Başlangıç
followup-meetings-heading = Buluşmalar
followup-no-meetings = Henüz kayıtlı buluşma yok.
followup-check-ins-heading = Ara değerlendirme yanıtları
followup-no-check-ins = Henüz ara değerlendirme yanıtı yok.
followup-check-in-point = Ara değerlendirme
followup-side = Taraf
followup-call-me-short = Arama isteği
followup-answered = Yanıt tarihi
followup-resolve-hint = Onlarla konuştunuz mu? Yanıtları ilgilenildi olarak işaretleyin; tandem yeni bir neden olmadıkça risk listesinden çıkar.
followup-resolve = İlgilenildi
followup-tandem-link = Buluşmalar ve ara değerlendirmeler
error-field-meeting-in-future = Tarih gelecekte. Lütfen gerçekleşmiş buluşmaları kaydedin.
error-field-meeting-before-start = Tarih, tandemin başlangıcından önce.
error-field-meeting-duration-positive = Lütfen en az bir dakikalık bir süre girin.
error-field-meeting-duration-too-long = Buluşma başına en fazla 720 dakika (12 saat).
error-field-meeting-duration-number = Lütfen süreyi dakika olarak bir sayı ile girin.
error-field-meeting-note-too-long = Not en fazla 500 karakter olabilir.
error-field-range-1-52 = Lütfen 1 ile 52 arasında bir hafta sayısı girin.
error-field-tandem-not-running = Bu tandem devam etmiyor.
mail-followup-log-subject = Tandeminiz: buluşmalarınızı kaydedin
mail-followup-log-body = Merhaba { $name },

    { $other } ile tandeminiz başladı – ikinize de güzel bir zaman diliyoruz!

    Her buluşmadan sonra lütfen buraya kaydedin (tarih, süre, yüz yüze mi çevrim içi mi; bir dakika sürer):
    { $link }

    Bu bağlantıyı saklayın; kişiseldir ve şifre gerektirmez.
mail-followup-reminder-subject = Son zamanlarda buluştunuz mu?
mail-followup-reminder-body = Merhaba { $name },

    { $days } gündür { $other } ile hiçbir buluşma kaydedilmedi. Buluştuysanız lütfen buraya kaydedin:
    { $link }

    Bir engel varsa bu e-postayı yanıtlayın veya koordinatörünüzü arayın.
mail-followup-check-in-subject = Tandeminiz nasıl gidiyor?
mail-followup-check-in-body = Merhaba { $name },

    { $other } ile tandeminiz bir aşamaya ulaştı ({ $point }). Lütfen dört kısa soruyla nasıl gittiğini bize anlatın:
    { $link }

    Yanıtlarınızı yalnızca koordinatörünüz görür.
dashboard-link = { $value } için özet
dashboard-title = Özet: { $value }
dashboard-from = Başlangıç (ay)
dashboard-to = Bitiş (ay)
dashboard-waiting-mentees = Bekleyen menteeler
dashboard-waiting-mentors = Bekleyen mentorlar
dashboard-running-now = Bugün devam eden tandemler
dashboard-retention = Devam oranı
dashboard-retention-value = Sona eren { $ended } tandemden { $completed } tanesi planlanan sona ulaştı (%{ $percent })
dashboard-retention-none = Henüz sona eren tandem yok.
dashboard-meetings-period = Dönemdeki buluşmalar
dashboard-hours-period = Dönemdeki gönüllü saatler
dashboard-waiting-under-1 = 1 aydan az
dashboard-waiting-1-3 = 1 ila 3 ay
dashboard-waiting-3-6 = 3 ila 6 ay
dashboard-waiting-over-6 = 6 aydan fazla
dashboard-chart-running = Her ayın sonunda devam eden tandemler
dashboard-chart-hours = Aylık gönüllü saatler
dashboard-chart-moods = Ruh haline göre ara değerlendirme yanıtları (1 kötü – 5 çok iyi)
dashboard-charts-hint = Grafikler aşağıdaki tabloların sayılarını gösterir.
dashboard-table-caption = Aylık tandemler, buluşmalar ve saatler
dashboard-month = Ay
dashboard-running = Ay sonunda devam eden
dashboard-started = Başlayan
dashboard-ended = Sona eren
dashboard-meetings = Buluşmalar
dashboard-per-tandem = Devam eden tandem başına buluşma
dashboard-hours = Saat
dashboard-csv = Tabloyu CSV olarak indir
dashboard-waiting-caption = Kayıttan bu yana geçen süreye göre bekleyenler
dashboard-waiting-time = Bekleme
dashboard-moods-caption = Dönemdeki ara değerlendirme yanıtları, ruh haline göre
dashboard-answers = Yanıtlar
dashboard-district = İlçe (menteenin)
dashboard-organisation-link = Tüm programlarımızın özeti
dashboard-short = Özet
