# machine-made translation: to be reviewed by a native speaker
# المتابعة: سجل اللقاءات الشخصي، الاستبيانات الدورية، الثنائيات المعرّضة للخطر (Follow-up: the meeting log, check-ins, tandems at risk).
nav-at-risk = ثنائيات تحتاج إلى اهتمام
followup-meetings-title = لقاءاتنا: أنت و{ $value }
followup-meetings-hello = مرحبًا { $value }، سجّل هنا كل لقاء، فالأمر يستغرق دقيقة. هكذا يرى المنسّق كيف يسير الثنائي ويحسب ساعات التطوع.
followup-log-heading = تسجيل لقاء
followup-field-date = التاريخ
followup-field-minutes = المدة بالدقائق
followup-field-minutes-hint = مثلًا 60 لساعة واحدة، و90 لساعة ونصف.
followup-field-kind = كيف التقيتما؟
followup-kind-in-person = وجهًا لوجه
followup-kind-online = عبر الإنترنت أو الهاتف
followup-field-note = ملاحظة (اختياري)
followup-field-note-hint = بضع كلمات، 500 حرف على الأكثر. يمكن للمنسّق قراءتها.
followup-log-save = حفظ اللقاء
followup-log-saved = شكرًا، تم حفظ اللقاء.
followup-not-running = هذا الثنائي غير نشط حاليًا، لذلك لا يمكن تسجيل لقاءات.
followup-so-far = حتى الآن
followup-mentees-heading = من تلتقي بهم
followup-mentees-private = لا يرى هذا إلا مرشدو هذا الثنائي والمنسقون.
followup-totals = { $count ->
    [0] لم يُسجَّل أي لقاء بعد.
    [zero] لم يُسجَّل أي لقاء بعد.
    [one] لقاء واحد، { $hours } ساعة.
    [two] لقاءان، { $hours } ساعة.
   *[other] { $count } لقاءات، { $hours } ساعة.
}
followup-minutes = { $count } دقيقة
followup-logged-by = سجّله
followup-logged-by-coordinator = المنسّق
followup-check-in-title = كيف يسير الثنائي الخاص بك؟
followup-check-in-hello = مرحبًا { $name }، وصل الثنائي الخاص بك مع { $other } إلى مرحلة مهمة ({ $point }). أربعة أسئلة قصيرة – لا يرى إجاباتك إلا المنسّق.
followup-point-4w = بعد 4 أسابيع
followup-point-3m = بعد 3 أشهر
followup-point-6m = بعد 6 أشهر
followup-point-end = في النهاية
followup-question-mood = كيف تسير الأمور؟
followup-mood-1 = 1 – سيئة
followup-mood-2 = 2 – ليست جيدة
followup-mood-3 = 3 – مقبولة
followup-mood-4 = 4 – جيدة
followup-mood-5 = 5 – جيدة جدًا
followup-question-regular = هل تلتقيان بانتظام؟
followup-yes = نعم
followup-no = لا
followup-question-comment = هل تريد أن تخبرنا بشيء؟ (اختياري)
followup-question-call-me = أرغب في أن يتصل بي المنسّق.
followup-check-in-send = إرسال الإجابات
followup-check-in-saved = شكرًا! تم حفظ إجاباتك. يمكنك تغييرها في أي وقت من خلال هذا الرابط.
followup-at-risk-title = ثنائيات تحتاج إلى اهتمام
followup-at-risk-intro = ثنائيات نشطة بلا لقاءات مؤخرًا، أو بإجابة مقلقة في الاستبيان، أو طلب فيها أحدهم اتصالًا.
followup-at-risk-empty = لا يحتاج أي ثنائي إلى اهتمام حاليًا.
followup-at-risk-count = { $count ->
    [one] ثنائي واحد يحتاج إلى اهتمام
    [two] ثنائيان يحتاجان إلى اهتمام
   *[other] { $count } ثنائيات تحتاج إلى اهتمام
}
followup-last-meeting = آخر لقاء
followup-reasons = السبب
followup-never = لا يوجد بعد
followup-reason-no-meeting = { $count ->
    [one] لا لقاء منذ أسبوع
    [two] لا لقاء منذ أسبوعين
   *[other] لا لقاء منذ { $count } أسابيع
}
followup-reason-bad-check-in = الاستبيان: «{ $mood }»{ $regular ->
    [no] ، ولا يلتقيان بانتظام
   *[yes] {""}
}
followup-reason-call-requested = طلب اتصالًا
followup-settings-heading = متى يكون الثنائي معرّضًا للخطر؟
followup-settings-weeks = { $value }: معرّض للخطر بعد هذا العدد من الأسابيع بلا لقاء
followup-settings-save = حفظ
followup-settings-saved = تم حفظ الإعداد.
followup-tandem-title = اللقاءات والاستبيانات
followup-back-to-tandem = العودة إلى الثنائي
followup-started = البداية
followup-meetings-heading = اللقاءات
followup-no-meetings = لم يُسجَّل أي لقاء بعد.
followup-check-ins-heading = إجابات الاستبيانات
followup-no-check-ins = لا توجد إجابات بعد.
followup-check-in-point = الاستبيان
followup-side = الطرف
followup-call-me-short = طلب اتصال
followup-answered = تاريخ الإجابة
followup-resolve-hint = هل تحدثت معهم؟ علّم الإجابات كمُعالَجة؛ عندها يختفي الثنائي من القائمة ما لم تظهر أسباب جديدة.
followup-resolve = تمت المعالجة
followup-tandem-link = اللقاءات والاستبيانات
error-field-meeting-in-future = التاريخ في المستقبل. يُرجى تسجيل اللقاءات التي حدثت فعلًا.
error-field-meeting-before-start = التاريخ قبل بداية الثنائي.
error-field-meeting-duration-positive = يُرجى إدخال مدة لا تقل عن دقيقة واحدة.
error-field-meeting-duration-too-long = 720 دقيقة (12 ساعة) على الأكثر لكل لقاء.
error-field-meeting-duration-number = يُرجى إدخال المدة رقمًا بالدقائق.
error-field-meeting-note-too-long = يجب ألا تتجاوز الملاحظة 500 حرف.
error-field-range-1-52 = يُرجى إدخال عدد أسابيع من 1 إلى 52.
error-field-tandem-not-running = هذا الثنائي غير نشط.
mail-followup-log-subject = الثنائي الخاص بك: سجّل لقاءاتكما
mail-followup-log-body = مرحبًا { $name }،

    بدأ الثنائي الخاص بك مع { $other } – نتمنى لكما وقتًا طيبًا!

    بعد كل لقاء، يُرجى تسجيله هنا (التاريخ، المدة، وجهًا لوجه أو عبر الإنترنت؛ يستغرق ذلك دقيقة):
    { $link }

    احتفظ بهذا الرابط؛ فهو شخصي ولا يحتاج إلى كلمة مرور.
mail-followup-reminder-subject = هل التقيتما مؤخرًا؟
mail-followup-reminder-body = مرحبًا { $name }،

    لم يُسجَّل أي لقاء مع { $other } منذ { $days } يومًا. إذا التقيتما، يُرجى تسجيل ذلك هنا:
    { $link }

    إذا كان هناك ما يعيقكما، فقط ردّ على هذه الرسالة أو اتصل بالمنسّق.
mail-followup-check-in-subject = كيف يسير الثنائي الخاص بك؟
mail-followup-check-in-body = مرحبًا { $name }،

    وصل الثنائي الخاص بك مع { $other } إلى مرحلة مهمة ({ $point }). أخبرنا من خلال أربعة أسئلة قصيرة كيف تسير الأمور:
    { $link }

    لا يرى إجاباتك إلا المنسّق.
dashboard-link = لوحة { $value }
dashboard-title = لوحة المتابعة: { $value }
dashboard-from = من (شهر)
dashboard-to = إلى (شهر)
dashboard-waiting-mentees = المستفيدون المنتظرون
dashboard-waiting-mentors = المرشدون المنتظرون
dashboard-running-now = الثنائيات النشطة اليوم
dashboard-retention = نسبة الاستمرار
dashboard-retention-value = { $completed } من { $ended } ثنائيات منتهية وصلت إلى نهايتها المخططة ({ $percent } %)
dashboard-retention-none = لم ينتهِ أي ثنائي بعد.
dashboard-meetings-period = اللقاءات في الفترة
dashboard-hours-period = ساعات التطوع في الفترة
dashboard-waiting-under-1 = أقل من شهر
dashboard-waiting-1-3 = من 1 إلى 3 أشهر
dashboard-waiting-3-6 = من 3 إلى 6 أشهر
dashboard-waiting-over-6 = أكثر من 6 أشهر
dashboard-chart-running = الثنائيات النشطة في نهاية كل شهر
dashboard-chart-hours = ساعات التطوع شهريًا
dashboard-chart-moods = إجابات الاستبيان حسب المزاج (1 سيئة – 5 جيدة جدًا)
dashboard-charts-hint = تعرض الرسوم البيانية أرقام الجداول أدناه.
dashboard-table-caption = الثنائيات واللقاءات والساعات شهريًا
dashboard-month = الشهر
dashboard-running = نشطة في نهاية الشهر
dashboard-started = بدأت
dashboard-ended = انتهت
dashboard-meetings = اللقاءات
dashboard-per-tandem = لقاءات لكل ثنائي نشط
dashboard-hours = الساعات
dashboard-csv = تنزيل الجدول بصيغة CSV
dashboard-waiting-caption = المنتظرون حسب المدة منذ التسجيل
dashboard-waiting-time = مدة الانتظار
dashboard-moods-caption = إجابات الاستبيان في الفترة حسب المزاج
dashboard-answers = الإجابات
dashboard-district = المقاطعة (للمستفيد)
dashboard-organisation-link = لوحة جميع برامجنا
dashboard-short = لوحة المعلومات
