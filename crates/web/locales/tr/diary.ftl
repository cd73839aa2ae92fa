# machine-made translation: to be reviewed by a native speaker
# Mentor günlükleri: buluşmalardan sonra kayıtlar, koordinatör yorumları (Mentors' diaries).
diary-title = { $value } ile günlük
diary-hello = Merhaba { $value }, her buluşmadan sonra ne yaptığınızı ve nasıl geçtiğini yazın.
diary-private = Bu günlüğü yalnızca siz ve programın koordinatörleri okur.
diary-saved = Kaydedildi. Teşekkürler!
diary-new = Yeni kayıt
diary-field-date = Buluşma tarihi
diary-field-minutes = Dakika olarak süre
diary-field-activities = Ne yaptık
diary-field-how = Nasıl geçti
diary-save = Kaydı kaydet
diary-entries = Kayıtlar
diary-none = Henüz kayıt yok.
diary-minutes = { $count ->
   *[other] { $count } dakika
}
diary-comment-by = { $value } yorumu
diary-written-by = Yazan: { $value }
diary-back-to-meetings = Buluşma kaydına dön
diary-coordinator-title = Günlük
diary-back-to-tandem = Tandeme dön
diary-comment = Mentora yorumunuz
diary-comment-save = Yorumu kaydet
