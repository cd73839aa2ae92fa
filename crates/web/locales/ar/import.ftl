# machine-made translation: to be reviewed by a native speaker
# الاستيراد والتصدير: قوائم المرشدين والمستفيدين (Import and export of lists).
import-link = استيراد قائمة أو تصديرها
import-title = استيراد قائمة
import-back-to-people = العودة إلى قائمة الأشخاص
import-file = ملف (CSV أو XLSX أو ODS)
import-file-hint = يحتوي الصف الأول على عناوين الأعمدة، مثل: الدور، الاسم الأول، اسم العائلة، البريد الإلكتروني، الرمز البريدي، اللغات، سنة الميلاد. يمكن أن يُفصل ملف CSV بفاصلة أو فاصلة منقوطة أو علامة جدولة أو خط عمودي، بترميز UTF-8 أو Windows-1252.
import-limits = بحد أقصى { $megabytes } ميغابايت و{ $rows } صف.
import-upload = رفع وفحص
import-no-file = يرجى اختيار ملف.
import-export-title = تصدير
import-export-hint = جميع الأشخاص في هذا البرنامج، بالأعمدة نفسها التي يقرؤها الاستيراد – يمكن تعديل الملف وإعادة رفعه.
import-export-csv = تنزيل بصيغة CSV
import-export-xlsx = تنزيل كملف Excel ‏(XLSX)
import-review-title = مطابقة الأعمدة والفحص
import-other-file = رفع ملف آخر
import-file-summary = { $name }: { $format }، { $rows } صف
import-mapping-title = الأعمدة
import-mapping-hint = خُمّنت المطابقة من العناوين. صحّحها عند الحاجة وافحص من جديد.
import-column = العمود في الملف
import-sample = القيمة الأولى
import-field = المعنى
import-field-ignore = (عدم النقل)
import-field-role = الدور (مرشد/مستفيد)
import-field-first_name = الاسم الأول
import-field-last_name = اسم العائلة
import-field-email = البريد الإلكتروني
import-field-phone = الهاتف
import-field-postal_code = الرمز البريدي
import-field-languages = اللغات
import-field-birth_year = سنة الميلاد
import-field-gender = الجنس
import-field-gender_preference = الجنس المفضّل
import-field-availability = الأوقات
import-field-interests = الاهتمامات
import-field-goals = الأهداف
import-field-profession = المهنة أو المواد الدراسية
import-field-capacity = السعة (مستفيدون لكل مرشد)
import-field-locale = لغة التواصل
import-field-status = الحالة
import-field-notes = ملاحظات التنسيق
import-skip = تخطي صفوف
import-skip-hint = أرقام الصفوف كما في التقرير، مثل 3، 7، 10-12.
import-check = الفحص من جديد
import-report-title = تشغيل تجريبي
import-problems = { $count ->
    [one] مشكلة واحدة
   *[other] { $count } مشكلات
}
import-duplicates = { $count ->
    [one] تكرار واحد
   *[other] { $count } تكرارات
}
import-ready = { $count ->
    [one] كل شيء سليم: سيُستورد شخص واحد.
   *[other] كل شيء سليم: سيُستورد { $count } أشخاص.
}
import-blocked = لا يُستورد شيء ما دامت هناك مشكلات أو تكرارات. صحّح الملف أو تخطَّ الصفوف المذكورة.
import-skip-suggested = تخطي هذه الصفوف والفحص من جديد
import-consent = أؤكد أن منظمتنا لديها موافقة كل شخص في هذه القائمة على حفظ بياناته.
import-consent-missing = يرجى تأكيد الموافقات قبل الاستيراد.
import-run = استيراد الجميع الآن
import-done-title = اكتمل الاستيراد
import-done = { $count ->
    [one] استُورد شخص واحد.
   *[other] استُورد { $count } أشخاص.
}
import-problem = الصف { $row }، العمود { $column }: «{ $value }» { $message }
import-problem-empty = الصف { $row }، العمود { $column }: { $message }
import-duplicate-email-row = الصف { $row }: البريد الإلكتروني نفسه كما في الصف { $other } ({ $value })
import-duplicate-email-existing = الصف { $row }: البريد الإلكتروني نفسه لشخص موجود في البرنامج ({ $value })
import-duplicate-name-row = الصف { $row }: الاسم وسنة الميلاد نفسهما كما في الصف { $other } ({ $value })
import-duplicate-name-existing = الصف { $row }: الاسم وسنة الميلاد نفسهما لشخص موجود في البرنامج ({ $value })
import-mapping-missing = لم يُطابَق أي عمود مع «{ $field }»؛ وهذا الحقل مطلوب.
import-mapping-repeated = الأعمدة { $columns } كلها مطابقة مع «{ $field }»؛ أبقِ واحدًا.
import-code-required = مفقود لكنه مطلوب
import-code-too-long = طويل جدًا
import-code-too-many = يحتوي على مدخلات كثيرة جدًا (20 على الأكثر)
import-code-email = ليس عنوان بريد إلكتروني
import-code-phone = ليس رقم هاتف
import-code-postal-code = ليس رمزًا بريديًا ألمانيًا
import-code-language = يذكر لغة غير معروفة (مثل Deutsch أو Arabisch أو رموز مثل de و ar:native)
import-code-language-level = مستواه ليس من A1 إلى C2 ولا لغة أم
import-code-duplicate-language = يذكر لغة مرتين
import-code-availability = ليس قائمة أوقات مثل «mon-evening, sat-morning»
import-code-choice = ليس من القيم المسموح بها
import-code-birth-year = ليس سنة ميلاد بين 1900 واليوم
import-code-range-1-10 = ليس رقمًا من 1 إلى 10
import-code-role = ليس مرشدًا ولا مستفيدًا
import-code-status = ليس حالة (registered، screened، ready، withdrawn، alumni)
import-code-status-needs-tandem = لا يمكن استيراده: «matched» يحتاج إلى ثنائي؛ استخدم «ready»
import-code-locale = ليس رمز لغة مثل de أو en أو ar
import-error-file-too-large = الملف كبير جدًا؛ الحد الأقصى { $limit }.
import-error-too-many-rows = في الجدول صفوف كثيرة جدًا؛ الحد الأقصى { $limit }. قسّم القائمة.
import-error-too-many-columns = في الجدول أعمدة كثيرة جدًا؛ الحد الأقصى { $limit }.
import-error-unpacked-too-large = حجم ملف الجدول بعد فك الضغط أكبر من { $limit } ولا يُقرأ.
import-error-empty = الملف فارغ أو ليس فيه صف عناوين.
import-error-legacy-excel = لا تُقرأ ملفات Excel القديمة (.xls). احفظ الجدول بصيغة .xlsx أو .ods أو CSV.
import-error-unreadable = لا يمكن قراءة الملف بصيغة CSV أو XLSX أو ODS.
import-running-title = الاستيراد جارٍ
import-running = كُتب { $done } من { $total } صفًا …
import-running-hint = تتحدث هذه الصفحة تلقائيًا. لن يظهر شيء قبل النهاية: تُستورد القائمة كاملةً أو لا تُستورد إطلاقًا.
import-failed-title = تعذّر الاستيراد
import-failed = فشل الاستيراد؛ لم يُستورد أحد. يرجى المحاولة مرة أخرى لاحقًا.
import-failed-duplicate = سجّل شخص من القائمة في هذه الأثناء بعنوان البريد الإلكتروني نفسه؛ لم يُستورد أحد. يرجى مراجعة القائمة مرة أخرى.
