# machine-made translation: to be reviewed by a native speaker
# نتائج المتدربين، الجداول بصيغة XLSX، تقرير الجهة الداعمة (PDF)، تقرير الولاية للتحالف.
reports-outcome-german-level = تم بلوغ مستوى في اللغة الألمانية
reports-outcome-school-transition = تم الانتقال المدرسي
reports-outcome-apprenticeship = تم إيجاد مكان تدريب مهني
reports-outcome-job = تم إيجاد عمل
reports-outcome-qualification-recognised = تم الاعتراف بالمؤهل
reports-outcome-study-place = تم الحصول على مقعد دراسي
reports-outcome-other = نتيجة أخرى
reports-error-level-required = يرجى اختيار المستوى الذي تم بلوغه (A1 إلى C2).
reports-error-in-future = هذا التاريخ في المستقبل.
reports-error-detail-required = يرجى وصف ما تم تحقيقه باختصار.
reports-outcomes-title = النتائج: { $value }
reports-outcomes-heading = النتائج المسجلة
reports-record-heading = تسجيل نتيجة
reports-record = حفظ النتيجة
reports-outcome-saved = تم حفظ النتيجة.
reports-delete = حذف
reports-back-to-person = العودة إلى الشخص
reports-back-to-tandem = العودة إلى متابعة الثنائي
reports-field-date = تاريخ التحقيق
reports-field-level = المستوى (للألمانية فقط)
reports-field-detail = الوصف (مطلوب لـ«نتيجة أخرى»)
reports-outcome = النتيجة
reports-count = العدد
reports-outcomes-caption = نتائج المتدربين في الفترة
reports-no-outcomes = لم تُسجل نتائج بعد.
reports-outcomes-link = تسجيل نتائج المتدرب
reports-dashboard-xlsx = تنزيل جميع الجداول بصيغة XLSX
reports-funder-link = تقرير الجهة الداعمة PDF (المنظمة كلها، هذه الفترة)
reports-sheet-months = الأشهر
reports-sheet-waiting = مدة الانتظار
reports-sheet-moods = المزاج
reports-sheet-outcomes = النتائج
reports-sheet-surveys = قبل وبعد
reports-total = المجموع
reports-started = بدأت
reports-active = نشطة في نهاية الفترة
reports-completed = اكتملت كما هو مخطط
reports-ended-early = انتهت مبكرًا
reports-waiting = أشخاص في الانتظار (اليوم)
reports-funder-title = تقرير الجهة الداعمة { $value }
reports-funder-period = الفترة: { $from } إلى { $to }. أُنشئ في { $today }.
reports-funder-summary = في الفترة بدأ { $started ->
        [one] ثنائي واحد
        [two] ثنائيان
        [few] { $started } ثنائيات
       *[other] { $started } ثنائيًا
    }، واكتمل { $completed } كما هو مخطط، وانتهى { $early } مبكرًا. في نهاية الفترة كان { $active } ثنائيًا نشطًا. قضى المتطوعون { $hours } ساعة مع شركائهم.
reports-funder-tandems = الثنائيات والساعات حسب البرنامج
reports-funder-note = بدأت واكتملت وانتهت مبكرًا: خلال الفترة. نشطة: في آخر يوم من الفترة. الساعات: مجموع اللقاءات المسجلة. النتائج: كما سجلها المنسقون.
reports-statewide-title = تقرير الولاية
reports-statewide-link = تقرير الولاية (مجاميع فقط)
reports-statewide-intro = مجاميع عبر جميع المنظمات. لا يذكر التقرير أي شخص أو منظمة.
reports-group-by = الصفوف حسب
reports-district = المقاطعة
reports-kind = نوع البرنامج
reports-no-district = بدون مقاطعة (رمز بريدي غير معروف أو محذوف)
reports-suppressed-note = • = محجوب: القيم من 1 إلى 4 لا تُنشر، ولا ما يكفي من غيرها حتى لا يمكن حساب أي منها من المجاميع.
reports-statewide-tandems = الثنائيات والمنتظرون
reports-statewide-hours = ساعات التطوع في الفترة (محجوبة حيث التقى أقل من 5 ثنائيات)
reports-statewide-csv = تنزيل تقرير الولاية بصيغة CSV
reports-outcomes-column = النتيجة: { $value }
reports-active-short = نشطة
reports-completed-short = مكتملة
reports-person-outcomes-link = النتائج
