# machine-made translation: to be reviewed by a native speaker
# القاصرون وشهادة حسن السيرة: تاريخ الميلاد، ولي الأمر وموافقته، سجل المادة 72أ (Minors and certificates of conduct).
minors-section = طفل أو شاب قاصر
minors-birth-date = تاريخ الميلاد
minors-age = { $count ->
   *[other] العمر { $count } سنة
}
minors-guardian = أحد الوالدين أو الوصي القانوني
minors-guardian-name = اسم أحد الوالدين أو الوصي
minors-guardian-relation = العلاقة بالطفل
minors-guardian-phone = هاتف ولي الأمر
minors-guardian-email = البريد الإلكتروني لولي الأمر
minors-relation-parent = أحد الوالدين
minors-relation-legal_guardian = وصي قانوني
minors-consent = موافقة ولي الأمر
minors-consent-given-by = الموافقة من
minors-consent-given-on = تاريخ الموافقة
minors-consent-channel = طريقة الموافقة
minors-channel-paper = ورقيًا
minors-channel-in_person = شخصيًا
minors-channel-online = عبر الإنترنت
minors-nomination = رشّحته (مدرسة أو معلّم)
minors-nomination-hint = اختياري: المدرسة أو المعلّم الذي اقترح الطفل.
minors-renewal-due = { $count ->
   *[other] العمر الآن { $count } سنة: يجب تجديد الموافقة.
}
minors-consent-missing = دون 18 عامًا وبلا موافقة ولي الأمر: يبقى مسجّلًا ولا يمكن مطابقته.
minors-edit-guardian = تاريخ الميلاد وولي الأمر والموافقة
minors-guardian-title = تاريخ الميلاد وولي الأمر
minors-guardian-hint = سجّل تاريخ الميلاد. لمن هم دون 18 عامًا سجّل أيضًا أحد الوالدين أو الوصي وطريقة التواصل معه وموافقته.
minors-guardian-needed-hint = مطلوب لمن هم دون 18: الاسم والعلاقة ورقم هاتف أو بريد إلكتروني.
minors-back-to-person = العودة إلى الملف الشخصي
minors-certificate-title = شهادة حسن السيرة (المادة 72أ من الكتاب الثامن من قانون الضمان الاجتماعي)
minors-certificate-hint = سجّل ما رأيته فقط: متى اطّلعت على شهادة حسن السيرة الموسّعة، وتاريخها، وهل تتضمن قيدًا ذا صلة. لا تحتفظ بنسخة.
minors-inspected-on = تاريخ الاطلاع
minors-certificate-dated = تاريخ الشهادة
minors-certificate-dated-hint = يجب ألا يزيد عمرها عند الاطلاع على ثلاثة أشهر.
minors-relevant-entry = قيد ذو صلة
minors-yes = نعم
minors-no = لا
minors-inspected-by = اطّلع عليها
minors-renew-by = التجديد قبل
minors-renewal = التجديد
minors-renewal-soon = مستحق قريبًا: اطلب شهادة جديدة.
minors-clearance-valid = شهادة حسن السيرة: صالحة
minors-clearance-not_valid = شهادة حسن السيرة: غير صالحة
minors-clearance-missing = شهادة حسن السيرة: غير موجودة
minors-record-certificate = تسجيل اطلاع
minors-register-legend = طفل أو شاب دون 18 عامًا
minors-register-hint = لمن هم دون 18 عامًا يملأ أحد الوالدين أو الوصي هذا الجزء ويوافق.
minors-register-consent = أنا أحد الوالدين أو الوصي القانوني وأوافق على التسجيل وعلى حفظ البيانات لأجل البرنامج.
minors-error-birth-date-needed = يرجى إدخال تاريخ الميلاد كاملًا؛ لمن هم دون 18 نحتاج أيضًا إلى أحد الوالدين أو الوصي.
minors-error-consent = يجب أن يوافق أحد الوالدين أو الوصي.
minors-mail-renewal-subject = الموافقة على الرعاية: يرجى تجديدها
minors-mail-renewal-body = مرحبًا،

    أصبح عمر { $name } الآن { $age } سنة. يرجى تجديد موافقتك على الرعاية لدى فريق البرنامج؛ سيتواصل معك الفريق، أو يمكنك الرد على هذه الرسالة.
minors-mail-renewal-body-adult = مرحبًا { $name }،

    أصبح عمرك الآن { $age } سنة وتقرر بنفسك. يرجى إخبار فريق البرنامج إن كنت تريد الاستمرار؛ يكفي الرد على هذه الرسالة.
rule-name-certificate_of_conduct = شهادة حسن السيرة
error-field-guardian-consent-missing = دون 18 عامًا: موافقة أحد الوالدين أو الوصي غير موجودة.
error-field-certificate-missing = لا توجد شهادة حسن سيرة مسجّلة لهذا المرشد؛ لا يمكن ربط طفل به.
error-field-certificate-not-valid = شهادة حسن السيرة لهذا المرشد غير صالحة؛ لا يمكن ربط طفل به.
error-field-certificate-too-old = كان عمر الشهادة عند الاطلاع أكثر من ثلاثة أشهر.
error-field-certificate-after-inspection = لا يمكن أن يكون تاريخ الشهادة بعد الاطلاع.
error-field-future-date = هذا التاريخ في المستقبل.
error-field-birth-date = يرجى التحقق من تاريخ الميلاد.
error-field-birth-year-mismatch = تاريخ الميلاد لا يطابق سنة الميلاد.
error-field-guardian-contact = يرجى إدخال رقم هاتف أو بريد إلكتروني لولي الأمر.
