# machine-made translation: to be reviewed by a native speaker
# Tandem – الواجهة العربية (Arabic interface).

## Frame
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-coordinator = التنسيق
nav-tandems = الثنائيات
nav-programmes = البرامج
nav-staff = الفريق
nav-alliance = التحالف
language-label = اللغة
login = تسجيل الدخول
logout = تسجيل الخروج
footer-text = Tandem – الرعاية والإرشاد والثنائيات للاجئين والمهاجرين في ولاية سكسونيا السفلى.
back-home = العودة إلى الصفحة الرئيسية
yes = نعم
no = لا
save = حفظ
name = الاسم
programme = البرنامج
created = تاريخ الإنشاء
waiting = مدة الانتظار

## Error pages
error-title = لم تنجح العملية
error-not-found = هذه الصفحة غير موجودة – أو ليس لديك صلاحية الوصول إليها.
error-forbidden = لا يُسمح لحسابك بالقيام بذلك.
error-conflict = هذه الخطوة غير ممكنة في الوضع الحالي. لم يتم تغيير أي شيء.
error-invalid = البيانات غير مكتملة أو غير صحيحة. لم يتم تغيير أي شيء.
error-too-large = البيانات المرسلة كبيرة جدًا.
error-internal = حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا.
error-storage-full = مساحة التخزين في الخادم ممتلئة. لم يُحفظ شيء؛ البيانات الموجودة لم تتغير. يرجى المحاولة لاحقًا وإبلاغ القائمين على تشغيل المنصة.

## Start page and programmes
home-title = برامج بالقرب منك
home-intro = رعاية ودعم تعليمي وإرشاد: ابحث عن برنامج وشارك فيه – كمستفيد أو كمتطوع.
home-empty = لا توجد برامج منشورة حاليًا.
programme-languages = اللغات
programme-region = المنطقة
programme-duration = المدة المخططة
region-online = عبر الإنترنت
months = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
register-as-mentee = أبحث عن دعم (مستفيد)
register-as-mentor = أرغب في دعم شخص ما (مرشد)

## Registration
register-title-mentee = التسجيل كمستفيد
register-title-mentor = التسجيل كمرشد
register-about-you = معلومات عنك
register-more = ما تقدّمه وما تبحث عنه
register-submit = إرسال التسجيل
form-has-errors = يُرجى التحقق من الحقول المحددة.
consent-text = أوافق على أن تحفظ المنظمة التي تدير هذا البرنامج بياناتي من أجل إيجاد شريك مناسب لي. يمكنني سحب هذه الموافقة في أي وقت.
error-consent = لا يمكننا حفظ تسجيلك بدون موافقتك.
error-already-registered = يوجد شخص مسجّل بالفعل في هذا البرنامج بعنوان البريد الإلكتروني هذا.
registered-title = شكرًا لتسجيلك!
registered-text = لقد استلمنا تسجيلك. سيتواصل معك فريق البرنامج للتعرّف عليك.
field-first-name = الاسم الأول
field-last-name = اسم العائلة
field-email = البريد الإلكتروني
field-phone = الهاتف (اختياري)
field-postal-code = الرمز البريدي
field-birth-year = سنة الميلاد
field-gender = الجنس
field-gender-preference = أفضّل أن يكون شريكي في الثنائي
field-languages = اللغات
field-language = اللغة
field-level = المستوى
field-availability = متى يكون لديك وقت؟
field-interests = الاهتمامات (مفصولة بفواصل)
field-goals = الأهداف (مفصولة بفواصل)
field-profession = المهنة أو الدراسة أو المواد الدراسية
field-capacity = كم شخصًا ترغب في دعمه؟ (اختياري)
field-password = كلمة المرور
field-initial-password = كلمة المرور الأولى (12 حرفًا على الأقل)
field-name = الاسم
field-city = المدينة
field-kind = النوع
field-description = الوصف
field-region = المنطقة
field-region-hint = "online" أو رموز بريدية مفصولة بفواصل، مثل 30159، 30161
field-programme-languages = لغات البرنامج
field-programme-languages-hint = رموز اللغات حسب ISO مفصولة بفواصل، مثل de، ar، uk
field-duration-months = المدة المخططة بالأشهر
field-mentor-capacity = عدد المستفيدين لكل مرشد
field-published = منشور
field-published-hint = عرضه في الدليل العام وقبول التسجيلات
field-role = الدور

## Log-in
login-title = تسجيل الدخول
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.

## Coordination
coordinator-title = التنسيق
coordinator-empty = ليس لدى منظمتك أي برامج بعد.
waiting-mentees = المستفيدون المنتظرون
waiting-mentors = المرشدون المتاحون
to-screen = المسجّلون حديثًا
all-people = جميع الأشخاص
people-title = الأشخاص
people-empty = لم يتم العثور على أي شخص.
filter-side = الجهة
filter-status = الحالة
filter-search = بحث
filter-all = الكل
filter-apply = عرض
days-waiting = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
side-mentor = مرشد
side-mentee = مستفيد
back-to-list = العودة إلى القائمة
person-registered = تاريخ التسجيل
person-consent = الموافقة (الإصدار · اللغة · التاريخ)
screening = التحقق
screen-to-screened = وضع علامة "تم التحقق"
screen-to-ready = إتاحة (ينتظر ثنائيًا)
screen-to-withdrawn = انسحب
screen-to-registered = إعادة القبول
notes = ملاحظات المنسقين
notes-hint = مرئية فقط لمنسقي منظمتك.
tandem-new-title = تكوين ثنائي
tandem-new-empty = لا يوجد حاليًا مستفيدون متاحون أو مرشدون لديهم أماكن شاغرة.
tandem-propose = اقتراح ثنائي
tandems-title = الثنائيات
tandems-empty = لم يتم العثور على أي ثنائيات.
tandem-title = الثنائي
tandem-mentor-accepted = وافق المرشد
tandem-mentee-accepted = وافق المستفيد
end-reason = سبب الإنهاء
pager-label = الصفحات
pager-previous = السابق
pager-next = التالي
pager-position = الصفحة { $page } من { $pages } ({ $total } إجمالًا)

## Tandem actions
action-accept_mentor = تسجيل موافقة المرشد
action-accept_mentee = تسجيل موافقة المستفيد
action-decline_mentor = تسجيل رفض المرشد
action-decline_mentee = تسجيل رفض المستفيد
action-start = بدء الثنائي
action-pause = إيقاف مؤقت
action-resume = استئناف
action-complete = إنهاء بنجاح
action-end_early = إنهاء مبكر

## Organisation administration
admin-programmes-title = البرامج
admin-programmes-empty = لا توجد برامج بعد. أنشئ البرنامج الأول.
admin-programme-new = برنامج جديد
admin-programme-edit = تعديل البرنامج
admin-staff-title = الفريق
admin-staff-empty = لا يوجد أحد في الفريق بعد.
admin-staff-new = إضافة شخص إلى الفريق
role-alliance_admin = مكتب التحالف
role-org_admin = مدير المنظمة
role-coordinator = منسق
role-mentor = مرشد
role-mentee = مستفيد

## Alliance
alliance-title = تحالف "Niedersachsen packt an"
alliance-statewide = على مستوى الولاية
alliance-people = الأشخاص حسب الحالة
alliance-tandems = الثنائيات حسب الحالة
alliance-programmes = { $count ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $count } برامج
    [many] { $count } برنامجًا
   *[other] { $count } برنامج
} في جميع المنظمات.
alliance-organisations = المنظمات الأعضاء
alliance-organisations-empty = لا توجد منظمات بعد.
alliance-new-organisation = إضافة منظمة

## Kinds of programme
kind-buddy = رفقة / ثنائي
kind-learning = دعم تعليمي
kind-career = إرشاد مهني

## Languages
lang-de = الألمانية
lang-en = الإنجليزية
lang-ar = العربية
lang-uk = الأوكرانية
lang-ru = الروسية
lang-fa = الفارسية
lang-prs = الدارية
lang-kmr = الكردية (الكرمانجية)
lang-ckb = الكردية (السورانية)
lang-tr = التركية
lang-ti = التغرينية
lang-ps = البشتوية
lang-so = الصومالية
lang-fr = الفرنسية
lang-es = الإسبانية
lang-pl = البولندية
lang-ro = الرومانية
lang-sq = الألبانية
lang-ku = الكردية
level-a1 = A1 – مبتدئ
level-a2 = A2 – أساسي
level-b1 = B1 – متوسط
level-b2 = B2 – فوق المتوسط
level-c1 = C1 – متقدم
level-c2 = C2 – متقن
level-native = اللغة الأم

## Availability
weekday-0 = الاثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد
slot-0 = صباحًا
slot-1 = بعد الظهر
slot-2 = مساءً

## Gender
gender-female = أنثى
gender-male = ذكر
gender-diverse = آخر
gender-not_stated = غير محدد
gender-preference-any = لا تفضيل
gender-preference-same_gender = من نفس الجنس
gender-preference-female = امرأة
gender-preference-male = رجل

## Status of people
status-registered = مسجّل
status-screened = تم التحقق
status-ready = في الانتظار
status-matched = في ثنائي
status-alumni = خرّيج
status-withdrawn = منسحب

## Status of tandems
tandem-status-proposed = مقترح
tandem-status-accepted = مقبول
tandem-status-active = نشط
tandem-status-paused = متوقف مؤقتًا
tandem-status-completed = مكتمل
tandem-status-ended_early = انتهى مبكرًا
tandem-status-declined = مرفوض

## Reasons for an early end
end-reason-moved_away = انتقل إلى مكان آخر
end-reason-no_time = لم يعد لديه وقت
end-reason-not_a_good_fit = عدم التوافق
end-reason-goal_reached = تحقق الهدف مبكرًا
end-reason-no_contact = انقطع التواصل
end-reason-other = سبب آخر
end-reason-detail = ماذا حدث؟ (عند اختيار „سبب آخر“)
end-reason-detail-hint = فقط عند „سبب آخر“ وهو مطلوب حينها: جملة قصيرة، 200 حرف كحد أقصى. تراها جهة التنسيق؛ ويُحذف عند محو بيانات الشخص.

## Field errors
error-field-postal-code = يُرجى إدخال رمز بريدي ألماني مكوّن من 5 أرقام.
error-field-language = لا نعرف هذه اللغة.
error-field-language-level = يُرجى اختيار مستوى اللغة.
error-field-duplicate-language = يُرجى ذكر كل لغة مرة واحدة فقط.
error-field-required = يُرجى ملء هذا الحقل.
error-field-email = يُرجى إدخال عنوان بريد إلكتروني صالح.
error-field-birth-year = يُرجى إدخال سنة الميلاد بأربعة أرقام.
error-field-choice = يُرجى اختيار إحدى القيم المعروضة.
error-field-availability = يُرجى اختيار أوقات صالحة.
error-field-too-long = هذا النص طويل جدًا.
error-field-too-short = هذا النص قصير جدًا.
error-field-too-many = 20 إدخالًا كحد أقصى من فضلك.
error-field-phone = يُرجى إدخال رقم هاتف بالأرقام.
error-field-range-1-10 = يُرجى إدخال رقم من 1 إلى 10.
error-field-range-1-60 = يُرجى إدخال رقم من 1 إلى 60.
error-field-region = يُرجى إدخال "online" أو رموز بريدية من 5 أرقام.
error-field-password-too-short = تحتاج كلمة المرور إلى 12 حرفًا على الأقل.
error-field-password-too-common = كلمة المرور هذه شائعة جدًا ويسهل تخمينها. يُرجى اختيار كلمة أخرى، مثل جملة من عدة كلمات.
error-field-role-organisation = يتطلب هذا الدور منظمة.
error-field-taken = هذا مستخدم بالفعل.
error-field-not-a-mentor = الشخص المختار ليس مرشدًا.
error-field-not-a-mentee = الشخص المختار ليس مستفيدًا.
error-field-other-programme = يجب أن يكون الاثنان في البرنامج نفسه.
error-field-not-available = هذا الشخص لا ينتظر ثنائيًا حاليًا.
error-field-mentor-full = لم يعد لدى هذا المرشد مكان شاغر.
error-field-illegal-move = هذه الخطوة غير ممكنة في الوضع الحالي.

# Tandems with several mentors or mentees (machine translation)
members-title = مرشدون ومتدربون إضافيون
members-none = لهذا الثنائي مرشد واحد ومتدرب واحد.
members-remove = إخراج من الثنائي
members-add-label = إضافة شخص
members-hint = تحدد قواعد البرنامج عدد المرشدين والمتدربين في الثنائي؛ وتنطبق كل القواعد على كل مرشد إضافي.
members-add = إضافة
rules-max-mentors = المرشدون لكل ثنائي (1–3)
rules-max-mentees = المتدربون لكل ثنائي (1–12، مثل عائلة)
error-field-tandem-closed = انتهى هذا الثنائي.
error-field-already-in-tandem = هذا الشخص جزء من هذا الثنائي بالفعل.
error-field-tandem-full = لا تسمح قواعد البرنامج بشخص آخر في هذا الجانب.
error-field-range-1-3 = يرجى إدخال رقم من 1 إلى 3.
error-field-range-1-12 = يرجى إدخال رقم من 1 إلى 12.
