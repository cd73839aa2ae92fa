# machine-made translation: to be reviewed by a native speaker
# الفعاليات: التقويم والتسجيل وقائمة الانتظار وقائمة الحضور عند المدخل (Events: the calendar, registration, the waiting list, the list at the door).
nav-events = الفعاليات
nav-staff-events = فعالياتنا
events-title = الفعاليات
events-intro = مؤتمرات وأمسيات تعريفية ودورات تدريبية للمرشدين ولقاءات للتحالف ومنظماته.
events-empty = لا توجد فعاليات مخطط لها حاليًا.
event-kind-conference = مؤتمر
event-kind-information_evening = أمسية تعريفية
event-kind-training = تدريب للمرشدين
event-kind-get_together = لقاء
event-alliance = Niedersachsen packt an (التحالف)
event-online = عبر الإنترنت
event-online-link-later = ستتلقى الرابط مع تأكيد تسجيلك.
event-when = الموعد
event-where = المكان
event-time = الوقت
event-session = فقرة البرنامج
event-programme = البرنامج
event-places = عدد الأماكن
event-places-left = { $count ->
    [zero] لم يبقَ أي مكان شاغر
    [one] بقي مكان شاغر واحد
    [two] بقي مكانان شاغران
    [few] بقي { $count } أماكن شاغرة
    [many] بقي { $count } مكانًا شاغرًا
   *[other] بقي { $count } مكان شاغر
}
event-fully-booked = { $count ->
    [0] اكتمل العدد – التسجيل في قائمة الانتظار
    [zero] اكتمل العدد – التسجيل في قائمة الانتظار
    [one] اكتمل العدد – شخص واحد في قائمة الانتظار
    [two] اكتمل العدد – شخصان في قائمة الانتظار
    [few] اكتمل العدد – { $count } أشخاص في قائمة الانتظار
    [many] اكتمل العدد – { $count } شخصًا في قائمة الانتظار
   *[other] اكتمل العدد – { $count } شخص في قائمة الانتظار
}
event-add-to-calendar = إضافة إلى التقويم (.ics)
event-register = التسجيل
event-field-name = اسمك
event-field-organisation = منظمتك (اختياري)
event-field-accessibility = احتياجات إمكانية الوصول
event-field-accessibility-hint = مثل: مدخل بدون درجات، لغة الإشارة، رعاية الأطفال. لا يطّلع على ذلك إلا منظّمو الفعالية.
event-already-registered = عنوان البريد الإلكتروني هذا مسجّل بالفعل في هذه الفعالية. يمكنك الاطلاع على تسجيلك عبر الرابط الموجود في رسالة التأكيد.
event-details = تفاصيل الفعالية
event-you-are-confirmed = تم تسجيلك. نتطلع إلى لقائك!
event-you-are-waiting = اكتمل العدد في هذه الفعالية: ترتيبك { $position } في قائمة الانتظار. إذا أصبح أحد الأماكن شاغرًا، تتقدّم في القائمة تلقائيًا ونُعلمك بذلك عبر البريد الإلكتروني.
event-you-cancelled = تم إلغاء تسجيلك.
event-cancel-hint = لن تتمكن من الحضور في النهاية؟ يُرجى إلغاء تسجيلك ليحصل شخص من قائمة الانتظار على مكانك.
event-cancel = إلغاء تسجيلي
event-status-confirmed = مسجّل
event-status-waiting = قائمة الانتظار
event-status-cancelled = ملغى
staff-events-title = فعالياتنا
staff-events-empty = لم تُنشئ أي فعاليات بعد.
event-new = فعالية جديدة
event-edit = تعديل
event-csv = التسجيلات (CSV)
event-public-page = الصفحة العامة
event-door-list = قائمة الحضور عند المدخل
event-present = { $count ->
    [zero] لم يحضر أحد بعد
    [one] حضر شخص واحد
    [two] حضر شخصان
    [few] حضر { $count } أشخاص
    [many] حضر { $count } شخصًا
   *[other] حضر { $count } شخص
}
event-present-yes = حاضر
event-mark-present = تسجيل الحضور
event-no-registrations = لم يسجّل أحد بعد.
event-form-title = الفعالية
event-field-title = العنوان
event-field-date = التاريخ
event-field-start = وقت البدء
event-field-end = وقت الانتهاء
event-field-online-url = رابط المشاركة عبر الإنترنت (https://…)
event-field-sessions-hint = فقرة واحدة من البرنامج في كل سطر: 10:00-10:30 | العنوان | المتحدثون
event-field-published = منشورة: تظهر في التقويم ومفتوحة للتسجيل
csv-name = الاسم
csv-email = البريد الإلكتروني
csv-organisation = المنظمة
csv-accessibility = احتياجات إمكانية الوصول
csv-status = الحالة
csv-attended = الحضور
csv-registered-at = تاريخ التسجيل
mail-event-subject = تسجيلك: { $event }
mail-event-confirmed-body = مرحبًا { $name }،

    لقد تم تسجيلك في «{ $event }» ({ $when }).

    لعرض تسجيلك، أو لإلغائه إذا لم تتمكن من الحضور: { $link }
mail-event-waiting-body = مرحبًا { $name }،

    اكتمل العدد في «{ $event }»: ترتيبك { $position } في قائمة الانتظار. إذا أصبح أحد الأماكن شاغرًا، تتقدّم في القائمة تلقائيًا ونُعلمك بذلك.

    لعرض تسجيلك أو إلغائه: { $link }
mail-event-promoted-body = مرحبًا { $name }،

    لدينا خبر سار: أصبح أحد الأماكن شاغرًا، وأنت الآن مسجّل في «{ $event }» ({ $when }).
error-field-date = يُرجى إدخال تاريخ (YYYY-MM-DD).
error-field-time = يُرجى إدخال وقت (HH:MM).
error-field-end-before-start = يجب أن يكون وقت الانتهاء بعد وقت البدء.
error-field-place-or-link = يُرجى تحديد مكان، أو رابط للمشاركة عبر الإنترنت، أو كليهما.
error-field-range-1-5000 = يُرجى إدخال رقم من 1 إلى 5000.
error-field-session-lines = تعذّرت قراءة أسطر البرنامج التالية: { $lines }. اكتبها بالشكل 10:00-10:30 | العنوان | المتحدثون.
person-trainings = الدورات التدريبية التي حضرها
person-trainings-none = لم يحضر أي دورة تدريبية بعد. يُسجَّل الحضور عند مدخل الدورة في قسم «الفعاليات».
