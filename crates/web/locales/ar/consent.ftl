# machine-made translation: to be reviewed by a native speaker
# الموافقات حسب الغرض، وصفحة البيانات الشخصية، وطلبات البيانات ومواعيدها.
nav-requests = طلبات البيانات
consent-purpose-participation = المشاركة في البرنامج
consent-purpose-participation-hint = نحفظ تسجيلك ونقترح عليك ثنائيًا ونراسلك بشأنه (بما في ذلك أسئلة قصيرة عن سير الأمور). بدون هذه الموافقة لا يمكنك المشاركة.
consent-purpose-impact_surveys = استبيانات حول الأثر
consent-purpose-impact_surveys-hint = استبيان قصير في بداية الثنائي ونهايته؛ تدخل الإجابات في التقارير للجهات المموّلة مجمّعة وبدون أسماء فقط. اختياري.
consent-purpose-event_news = أخبار الفعاليات
consent-purpose-event_news-hint = رسائل بريد إلكتروني عن لقاءات المنظمة ودوراتها التدريبية واحتفالاتها. اختياري.
consent-channel-web_form = نموذج إلكتروني
consent-channel-paper = نموذج ورقي
consent-channel-in_person = شخصيًا أو بالهاتف
consent-channel-email = بريد إلكتروني
consent-by-person = الشخص نفسه
consent-by-guardian = وليّ الأمر أو الوصي
request-kind-access = الاطلاع على البيانات
request-kind-erasure = الحذف
request-kind-end_participation = إنهاء المشاركة (الثنائي ما زال جاريًا)
consent-state-none = غير ممنوحة
consent-state-given = مُنحت في { $date } ({ $channel }، { $by }، النص { $version })
consent-state-withdrawn = سُحبت في { $date } ({ $channel }، { $by })
mail-registered-subject = تسجيلك في { $programme }
mail-registered-body =
    مرحبًا { $name }،

    شكرًا لتسجيلك في { $programme }. سنتواصل معك حالما نجد ثنائيًا مناسبًا.

    عبر هذا الرابط الشخصي يمكنك في أي وقت رؤية ما حفظناه عنك، وتنزيل بياناتك، ومنح الموافقات أو سحبها، وطلب الحذف:
    { $link }

    يُرجى عدم مشاركة الرابط مع أحد.
me-title = بياناتي
me-intro = هذا ما حفظناه عنك. يمكنك تنزيل بياناتك، ومنح الموافقات أو سحبها، وطلب الحذف.
me-status = الحالة
me-download = تنزيل جميع بياناتي (JSON)
me-consents-title = موافقاتي
me-withdraw = سحب
me-give = موافقة
me-erasure-title = حذف بياناتي
me-erasure-hint = نحذف بياناتك خلال شهر واحد. إذا كان ثنائيك ما زال جاريًا، ننهيه معك أولًا.
me-erasure-confirm = نعم، أريد حذف بياناتي.
me-erasure-submit = طلب الحذف
me-erasure-requested = طلبت الحذف في { $received }. سيُنفَّذ في موعد أقصاه { $due }.
me-erasure-confirm-missing = يُرجى وضع علامة في المربع لتأكيد أنك تريد حذف بياناتك.
me-withdrawn-left = تم حفظ سحب موافقتك. لم تعد مشاركًا ولن تصلك منا اقتراحات بعد الآن.
me-withdrawn-tandem = تم حفظ سحب موافقتك. بما أن ثنائيك ما زال جاريًا، سيتواصل معك الشخص المسؤول لإنهائه.
consents-link = الموافقات
consents-back = العودة إلى الشخص
consents-now = حالة الموافقات
consents-record = تسجيل موافقة أو سحبها
consents-purpose = الغرض
consents-what = ماذا
consents-given = مُنحت
consents-withdrawn = سُحبت
consents-by = من قِبل من
consents-channel = كيف
consents-save = تسجيل
consents-history = السجل
consents-date = التاريخ
consent-effect-left = تم التسجيل. أُخرج الشخص من قائمة الانتظار وأُلغيت الرسائل التي لم تُرسل إليه بعد.
consent-effect-tandem = تم التسجيل. الشخص في ثنائي: يُرجى إنهاؤه؛ الطلب مدرج تحت «طلبات البيانات».
requests-title = طلبات البيانات
requests-intro = يجب إنجاز طلبات الاطلاع والحذف والسحب خلال شهر واحد. المتأخرة مميّزة.
requests-open = مفتوحة
requests-none-open = لا توجد طلبات مفتوحة.
requests-person = الشخص
requests-kind = الطلب
requests-received = تاريخ الورود
requests-due = الموعد النهائي
requests-done = تم
requests-overdue = متأخر
requests-completed = منجزة
requests-completed-on = أُنجزت في
requests-source-self = عبر صفحة بياناته
requests-source-staff = سجّله الفريق
requests-erased-person = (محذوف)
register-consent-optional = اختياري: يمكنك تغيير ذلك في أي وقت.
