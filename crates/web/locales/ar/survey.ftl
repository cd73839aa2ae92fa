# machine-made translation: to be reviewed by a native speaker
# استبيان البداية والنهاية

survey-title-start = استبيان بداية الثنائي
survey-title-end = استبيان نهاية الثنائي
survey-hello = مرحبًا { $name }، بعض الأسئلة القصيرة عن ثنائيك مع { $other }. يمكنك تخطي أي سؤال؛ لا يرى إجاباتك إلا جهة التنسيق، وتظهر في الملخصات كمتوسطات فقط.
survey-scale-hint = 1 = إطلاقًا، 5 = كثيرًا جدًا
survey-question-german = ما مدى إجادتك للألمانية؟ (1 = بالكاد، 5 = بطلاقة)
survey-question-local_contacts = كم شخصًا هنا يمكنك أن تطلب منه نصيحة أو مساعدة؟
survey-question-belonging = أشعر بأنني أنتمي إلى هذا المكان.
survey-question-confidence = أنا واثق بشأن العمل أو المدرسة.
survey-send = إرسال الإجابات
survey-saved = شكرًا، تم حفظ إجاباتك. يمكنك تغييرها عبر هذا الرابط في أي وقت.
error-field-range-1-5 = يُرجى إدخال رقم من 1 إلى 5.
error-field-range-0-100 = يُرجى إدخال رقم من 0 إلى 100.
mail-survey-start-subject = بدأ ثنائيك: بعض الأسئلة القصيرة
mail-survey-start-body = مرحبًا { $name }،

    بدأ ثنائيك مع { $other }. لنرى ما تحققه الثنائيات، نرجو منك بعض الإجابات القصيرة (دقيقتان):
    { $link }

    سنسألك مرة أخرى عند انتهاء الثنائي. الرابط شخصي ولا يحتاج إلى كلمة مرور.
mail-survey-end-subject = انتهى ثنائيك: بعض الأسئلة القصيرة
mail-survey-end-body = مرحبًا { $name }،

    انتهى ثنائيك مع { $other }. شكرًا على وقتك! يُرجى أن تخبرنا ببعض الإجابات القصيرة بما تغيّر:
    { $link }

    الرابط شخصي ولا يحتاج إلى كلمة مرور.
survey-dashboard-caption = قبل وبعد (استبيان البداية والنهاية، المنتفعون)
survey-dashboard-question = السؤال
survey-dashboard-start = المتوسط عند البداية
survey-dashboard-end = المتوسط عند النهاية
survey-dashboard-answers = الإجابات
survey-dashboard-none = لم تُقدَّم إجابات على الاستبيانات في هذه الفترة.
survey-dashboard-hint = متوسط الإجابات المقدمة في الفترة؛ الألمانية والانتماء والثقة من 1 إلى 5، وجهات الاتصال كعدد.
rules-question-asked = متى يُطرح
rules-question-asked-registration = عند التسجيل
rules-question-asked-survey = في استبيان البداية والنهاية
rules-question-survey = اطرحه في استبيان البداية والنهاية (بدلًا من التسجيل)
rules-question-survey-hint = يطرح كل استبيان على المنتفعين الأسئلة القياسية للقالب (الألمانية، المعارف، الانتماء، الثقة) في كل الأحوال.
