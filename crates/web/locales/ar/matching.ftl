# machine-made translation: to be reviewed by a native speaker
# جولات المطابقة والاقتراحات والروابط الشخصية (Matching runs, proposals and personal links).
matching-link = المطابقة
matching-title = المطابقة: { $value }
matching-back = العودة إلى قوائم الانتظار
matching-waiting = المستفيدون المنتظرون
matching-places = الأماكن الشاغرة لدى المرشدين
matching-rules = قواعد هذا البرنامج
matching-objective = الهدف
objective-best-fit = أفضل توافق إجمالي
objective-most-matched = أكبر عدد من الثنائيات، ثم التوافق
objective-stable = مستقر (لا يوجد شخصان يفضّل كلٌّ منهما الآخر على شريكه)
objective-greedy = جشِع (أساس للمقارنة)
matching-pins = يجب الجمع بينهما (أزواج ثابتة)
matching-forbids = يجب عدم الجمع بينهما
matching-start = بدء جولة المطابقة
matching-runs = الجولات السابقة
matching-no-runs = لا توجد جولات بعد.
matching-no-mentees = لا يوجد مستفيد في الانتظار: لا شيء للمطابقة، ولم يتم تغيير أي شيء.
matching-no-places = لا يوجد مرشد لديه مكان شاغر: لا شيء للمطابقة، ولم يتم تغيير أي شيء.
matching-unknown-person = أحد الأشخاص المختارين لم يعد في الانتظار أو لم يعد لديه مكان شاغر. يُرجى التحقق من الأزواج الثابتة.
matching-pin-breaks = أحد الأزواج الثابتة يخالف قاعدة من قواعد هذا البرنامج: { $value }.
matching-pins-conflict = الأزواج الثابتة لا تتوافق فيما بينها (مستفيد مثبّت مرتين، أو أزواج أكثر من الأماكن المتاحة لدى أحد المرشدين).
matching-draft-open = لا تزال جولة من هذا البرنامج بانتظار قرارك. يُرجى إرسالها أو إلغاؤها أولًا.
choose = – اختر –
rule-language-level = لغة مشتركة بمستوى { $value } أو أعلى
rule-distance = { $count ->
    [zero] لا تزيد المسافة بينهما على { $count } كم
    [one] لا تزيد المسافة بينهما على { $count } كم
    [two] لا تزيد المسافة بينهما على { $count } كم
    [few] لا تزيد المسافة بينهما على { $count } كم
    [many] لا تزيد المسافة بينهما على { $count } كم
   *[other] لا تزيد المسافة بينهما على { $count } كم
}
rule-online = عبر الإنترنت: المسافة لا تهم
rule-common-time = وقت مشترك واحد على الأقل في الأسبوع
rule-mentee-age = عمر المستفيد: { $low }–{ $high }
rule-mentor-age = عمر المرشد: { $low }–{ $high }
rule-gender-wish = تُحترم رغبات الطرفين بشأن الجنس
rule-name-shared_language = لغة مشتركة
rule-name-distance = المسافة
rule-name-common_time = وقت مشترك
rule-name-gender_wish = الرغبة بشأن الجنس
rule-name-mentee_age = عمر المستفيد
rule-name-mentor_age = عمر المرشد
rule-name-declined_before = رفض سابق
run-title = جولة المطابقة
run-back = العودة إلى المطابقة
run-status-draft = مسودة: لم تُرسل بعد
run-status-sent = أُرسلت
run-status-discarded = أُلغيت
run-summary = تمت مطابقة { $matched } من أصل { $mentees } · النقاط { $score }
run-result = النتيجة
run-started-by = بدأها
run-matched = { $count ->
    [zero] لا توجد ثنائيات مقترحة
    [one] ثنائي واحد مقترح
    [two] ثنائيان مقترحان
    [few] { $count } ثنائيات مقترحة
    [many] { $count } ثنائيًا مقترحًا
   *[other] { $count } ثنائي مقترح
}
run-places = { $count ->
    [zero] لا توجد أماكن شاغرة
    [one] مكان شاغر واحد
    [two] مكانان شاغران
    [few] { $count } أماكن شاغرة
    [many] { $count } مكانًا شاغرًا
   *[other] { $count } مكان شاغر
}
run-score = مجموع النقاط { $count }
run-previous = مقارنةً بالجولة السابقة
run-compared = الثنائيات: { $matched }، النقاط: { $score }
run-proposals = الاقتراحات
run-no-proposals = لا يوجد ثنائي يستوفي القواعد. انظر أدناه سبب انتظار كل مستفيد.
run-score-column = النقاط
run-reasons = السبب
run-actions = الإجراءات
run-pinned = ثابت
run-keep = إبقاء
run-drop = حذف
run-waiting = لا يزالون في الانتظار
run-nobody-waiting = حصل الجميع على اقتراح.
run-send = إرسال الاقتراحات
run-discard = إلغاء الجولة
proposal-state-proposed = مقترح
proposal-state-dropped = محذوف
proposal-state-sent = مُرسل
proposal-state-failed = تعذّر الإرسال
reason-language = كلاهما يتحدث { $language } ({ $level })
reason-distance = { $count ->
    [zero] المسافة بينهما { $count } كم
    [one] المسافة بينهما { $count } كم
    [two] المسافة بينهما { $count } كم
    [few] المسافة بينهما { $count } كم
    [many] المسافة بينهما { $count } كم
   *[other] المسافة بينهما { $count } كم
}
reason-interests = كلاهما يحب { $value }
reason-common-time = { $count ->
    [zero] لا يوجد وقت مشترك
    [one] وقت مشترك واحد
    [two] وقتان مشتركان
    [few] { $count } أوقات مشتركة
    [many] { $count } وقتًا مشتركًا
   *[other] { $count } وقت مشترك
}
reason-waited = { $count ->
    [zero] ينتظر منذ اليوم
    [one] ينتظر منذ يوم واحد
    [two] ينتظر منذ يومين
    [few] ينتظر منذ { $count } أيام
    [many] ينتظر منذ { $count } يومًا
   *[other] ينتظر منذ { $count } يوم
}
waiting-taken = { $count ->
    [zero] لا يوجد مرشد مناسب
    [one] مرشد مناسب واحد، لكن مكانه ذهب إلى ثنائي أفضل
    [two] مرشدان مناسبان، لكن مكانيهما ذهبا إلى ثنائيين أفضل
    [few] { $count } مرشدين مناسبين، لكن أماكنهم ذهبت إلى ثنائيات أفضل
    [many] { $count } مرشدًا مناسبًا، لكن أماكنهم ذهبت إلى ثنائيات أفضل
   *[other] { $count } مرشد مناسب، لكن أماكنهم ذهبت إلى ثنائيات أفضل
}
waiting-no-language = لا يوجد مرشد لديه مكان شاغر ويتحدث { $value }
waiting-too-far = { $count ->
    [zero] لا يوجد مرشد لديه مكان شاغر في نطاق { $count } كم
    [one] لا يوجد مرشد لديه مكان شاغر في نطاق { $count } كم
    [two] لا يوجد مرشد لديه مكان شاغر في نطاق { $count } كم
    [few] لا يوجد مرشد لديه مكان شاغر في نطاق { $count } كم
    [many] لا يوجد مرشد لديه مكان شاغر في نطاق { $count } كم
   *[other] لا يوجد مرشد لديه مكان شاغر في نطاق { $count } كم
}
waiting-rule = لا يوجد مرشد لديه مكان شاغر يستوفي القاعدة: { $value }
waiting-no-mentor = لا يوجد مرشد لديه مكان شاغر
proposal-title = اقتراح الثنائي الخاص بك
proposal-area = مكان السكن
proposal-shared-interests = اهتماماتكما المشتركة
proposal-accept = نعم، أودّ أن نلتقي
proposal-decline = لا، شكرًا
proposal-decline-reason = السبب (اختياري)
proposal-invalid = هذا الرابط غير صالح. يُرجى طلب رابط جديد من المنسق المسؤول عنك.
proposal-expired = انتهت صلاحية هذا الاقتراح. سيتواصل معك المنسق المسؤول عنك.
proposal-waiting-other = شكرًا! ننتظر الآن ردّ الشخص الآخر.
proposal-declined = تم رفض هذا الاقتراح. ستبقى على قائمة الانتظار.
proposal-accepted = وافق الطرفان. سيتواصل معك المنسق المسؤول عنك لترتيب اللقاء الأول.
proposal-thanks-accepted = شكرًا على ردّك!
proposal-thanks-declined = شكرًا لإعلامنا. ستبقى على قائمة الانتظار.
proposal-already-answered = تم الرد على هذا الاقتراح من قبل.
mail-proposal-subject = اقتراح ثنائي من أجلك
mail-proposal-body = مرحبًا { $name }،

    نودّ أن نعرّفك على { $other }. يُرجى الاطلاع على الاقتراح وإخبارنا إن كنت ترغب في اللقاء:

    { $link }

    هذا الرابط شخصي، فيُرجى عدم مشاركته مع أحد. وهو صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.

    فريق Tandem

criteria-title = معايير المطابقة: { $value }
criteria-link = معايير المطابقة
criteria-saved = تم الحفظ. ستستخدم جولة المطابقة القادمة هذه المعايير.
criteria-rules = القواعد (يجب أن يستوفيها الثنائي جميعها)
criteria-min-level = لغة مشتركة بمستوى لا يقل عن
criteria-max-km = أقصى مسافة بالكيلومتر
criteria-max-km-hint = اتركه فارغًا إذا كانت المسافة لا تهم (البرامج عبر الإنترنت).
criteria-mentee-age = عمر المستفيدين
criteria-mentor-age = عمر المرشدين
criteria-from = من
criteria-to = إلى
criteria-weights = الأوزان (مقدار ما يُحتسب لكل عنصر)
criteria-weights-hint = النقاط عند التوافق الكامل، من 0 إلى 1000 لكل عنصر، وبحد أقصى 1000 للمجموع.
criteria-weight-language = مستوى اللغة
criteria-weight-distance = قرب المسافة
criteria-weight-interests = الاهتمامات المشتركة
criteria-weight-common-time = الأوقات المشتركة
criteria-weight-waiting = مدة الانتظار
error-field-range-1-500 = يُرجى إدخال رقم من 1 إلى 500، أو ترك الحقل فارغًا.
error-field-range-0-1000 = يُرجى إدخال رقم من 0 إلى 1000.
error-field-age-range = يُرجى إدخال عمرين من 0 إلى 120 بحيث لا يكون الأول أكبر من الثاني، أو ترك الحقلين فارغين.
error-field-weights-sum = يجب ألا يتجاوز مجموع الأوزان 1000.
mail-reminder-subject = تذكير: اقتراح الثنائي الخاص بك
mail-reminder-body = مرحبًا { $name }،

    لقد اقترحنا عليك { $other } ولم نتلقَّ ردّك بعد. يُرجى إخبارنا إن كنت ترغب في اللقاء:

    { $link }

    هذا الرابط الجديد يحلّ محلّ الرابط السابق. تنتهي صلاحية الاقتراح بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.

    فريق Tandem
run-swap-hint = تبديل المرشدَين بين اقتراحين (يجب أن يستوفي الثنائيان الجديدان القواعد).
run-swap-first = الاقتراح الأول
run-swap-second = الاقتراح الثاني
run-swap = تبديل المرشدَين
run-swap-breaks = التبديل غير ممكن: أحد الثنائيين الجديدين يخالف القاعدة «{ $value }».

# Intake answers as matching criteria (machine translation)
rule-name-shared_answer = لا توجد إجابة مشتركة على سؤال إلزامي
reason-shared-answer = نفس الإجابة على „{ $question }“: { $answers }
criteria-weight-answers = إجابات متطابقة على الأسئلة المفضلة
criteria-answers = أسئلة التسجيل كمعيار
criteria-answers-hint = يمكن مقارنة أسئلة الاختيار المطروحة على الطرفين فقط. من لم يجب على سؤال لا يُستبعد ولا يُفضَّل بسببه.
criteria-answer-none = ليس معيارًا
criteria-answer-must_share = يجب أن تكون هناك إجابة مشتركة واحدة على الأقل
criteria-answer-prefer = تفضيل الإجابات المتطابقة
