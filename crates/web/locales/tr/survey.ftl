# machine-made translation: to be reviewed by a native speaker
# Başlangıç ve bitiş anketi

survey-title-start = Tandeminizin başlangıç anketi
survey-title-end = Tandeminizin bitiş anketi
survey-hello = Merhaba { $name }, { $other } ile tandeminiz hakkında birkaç kısa soru. Her soruyu atlayabilirsiniz; cevaplarınızı yalnızca koordinasyon görür, özetlerde yalnızca ortalama olarak yer alırlar.
survey-scale-hint = 1 = hiç, 5 = çok
survey-question-german = Almancayı ne kadar iyi konuşuyorsunuz? (1 = zar zor, 5 = akıcı)
survey-question-local_contacts = Burada kaç kişiden tavsiye veya yardım isteyebilirsiniz?
survey-question-belonging = Buraya ait olduğumu hissediyorum.
survey-question-confidence = İş veya okul konusunda kendime güveniyorum.
survey-send = Cevapları gönder
survey-saved = Teşekkürler, cevaplarınız kaydedildi. Bu bağlantı üzerinden istediğiniz zaman değiştirebilirsiniz.
error-field-range-1-5 = Lütfen 1 ile 5 arasında bir sayı girin.
error-field-range-0-100 = Lütfen 0 ile 100 arasında bir sayı girin.
mail-survey-start-subject = Tandeminiz başlıyor: birkaç kısa soru
mail-survey-start-body = Merhaba { $name },

    { $other } ile tandeminiz başladı. Tandemlerin ne sağladığını görmek için birkaç kısa cevap rica ediyoruz (iki dakika):
    { $link }

    Tandem bittiğinde tekrar soracağız. Bağlantı size özeldir ve şifre gerektirmez.
mail-survey-end-subject = Tandeminiz sona erdi: birkaç kısa soru
mail-survey-end-body = Merhaba { $name },

    { $other } ile tandeminiz sona erdi. Zaman ayırdığınız için teşekkürler! Lütfen birkaç kısa cevapla neyin değiştiğini bize söyleyin:
    { $link }

    Bağlantı size özeldir ve şifre gerektirmez.
survey-dashboard-caption = Önce ve sonra (başlangıç ve bitiş anketi, menteeler)
survey-dashboard-question = Soru
survey-dashboard-start = Başlangıçta ortalama
survey-dashboard-end = Sonda ortalama
survey-dashboard-answers = Cevaplar
survey-dashboard-none = Bu dönemde hiçbir anket cevaplanmadı.
survey-dashboard-hint = Dönem içinde verilen cevapların ortalaması; Almanca, aidiyet ve güven 1 ile 5 arasında, kişiler sayı olarak.
rules-question-asked = Ne zaman sorulur
rules-question-asked-registration = kayıtta
rules-question-asked-survey = başlangıç ve bitiş anketinde
rules-question-survey = Başlangıç ve bitiş anketinde sor (kayıt yerine)
rules-question-survey-hint = Her anket, şablonun standart sorularını (Almanca, kişiler, aidiyet, güven) menteelere zaten sorar.
