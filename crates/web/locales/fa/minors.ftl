# machine-made translation: to be reviewed by a native speaker
# افراد زیر سن قانونی و گواهی عدم سوءپیشینه: تاریخ تولد، سرپرست و رضایت، سابقهٔ بند ۷۲الف (Minors and certificates of conduct).
minors-section = کودک یا نوجوان
minors-birth-date = تاریخ تولد
minors-age = { $count ->
   *[other] { $count } ساله
}
minors-guardian = پدر یا مادر یا سرپرست قانونی
minors-guardian-name = نام پدر یا مادر یا سرپرست
minors-guardian-relation = نسبت با کودک
minors-guardian-phone = تلفن سرپرست
minors-guardian-email = ایمیل سرپرست
minors-relation-parent = پدر یا مادر
minors-relation-legal_guardian = سرپرست قانونی (قیم)
minors-consent = رضایت سرپرست
minors-consent-given-by = رضایت‌دهنده
minors-consent-given-on = تاریخ رضایت
minors-consent-channel = شیوهٔ رضایت
minors-channel-paper = کتبی
minors-channel-in_person = حضوری
minors-channel-online = آنلاین
minors-nomination = معرفی‌شده توسط (مدرسه یا معلم)
minors-nomination-hint = اختیاری: مدرسه یا معلمی که کودک را پیشنهاد کرده است.
minors-renewal-due = { $count ->
   *[other] اکنون { $count } ساله: رضایت باید تمدید شود.
}
minors-consent-missing = زیر ۱۸ سال و بدون رضایت سرپرست: در وضعیت ثبت‌شده می‌ماند و قابل جفت‌شدن نیست.
minors-edit-guardian = تاریخ تولد، سرپرست و رضایت
minors-guardian-title = تاریخ تولد و سرپرست
minors-guardian-hint = تاریخ تولد را ثبت کنید. برای افراد زیر ۱۸ سال، پدر یا مادر یا سرپرست، راه تماس و رضایت او را نیز ثبت کنید.
minors-guardian-needed-hint = برای افراد زیر ۱۸ سال لازم است: نام، نسبت، شمارهٔ تلفن یا ایمیل.
minors-back-to-person = بازگشت به نمایه
minors-certificate-title = گواهی عدم سوءپیشینه (بند ۷۲الف SGB VIII)
minors-certificate-hint = فقط آنچه دیده‌اید را ثبت کنید: زمان بررسی گواهی عدم سوءپیشینهٔ گسترده، تاریخ آن و اینکه آیا سابقهٔ مرتبطی دارد. نسخه‌ای نگه ندارید.
minors-inspected-on = تاریخ بررسی
minors-certificate-dated = تاریخ صدور گواهی
minors-certificate-dated-hint = هنگام بررسی حداکثر سه ماه از صدور آن گذشته باشد.
minors-relevant-entry = سابقهٔ مرتبط
minors-yes = بله
minors-no = خیر
minors-inspected-by = بررسی‌کننده
minors-renew-by = تمدید تا
minors-renewal = تمدید
minors-renewal-soon = به‌زودی: گواهی جدید بخواهید.
minors-clearance-valid = گواهی عدم سوءپیشینه: معتبر
minors-clearance-not_valid = گواهی عدم سوءپیشینه: نامعتبر
minors-clearance-missing = گواهی عدم سوءپیشینه: موجود نیست
minors-record-certificate = ثبت بررسی
minors-register-legend = کودک یا نوجوان زیر ۱۸ سال
minors-register-hint = برای افراد زیر ۱۸ سال، پدر یا مادر یا سرپرست این بخش را پر می‌کند و رضایت می‌دهد.
minors-register-consent = من پدر یا مادر یا سرپرست قانونی هستم و با ثبت‌نام و نگهداری داده‌ها برای برنامه موافقم.
minors-error-birth-date-needed = لطفاً تاریخ تولد کامل را وارد کنید؛ برای زیر ۱۸ سال به پدر یا مادر یا سرپرست هم نیاز داریم.
minors-error-consent = پدر یا مادر یا سرپرست باید رضایت دهد.
minors-mail-renewal-subject = رضایت برای همراهی: لطفاً تمدید کنید
minors-mail-renewal-body = سلام،

    { $name } اکنون { $age } ساله است. لطفاً رضایت خود را برای همراهی نزد تیم برنامه تمدید کنید؛ تیم با شما تماس می‌گیرد، یا به همین ایمیل پاسخ دهید.
minors-mail-renewal-body-adult = سلام { $name }،

    اکنون { $age } ساله هستی و خودت تصمیم می‌گیری. لطفاً به تیم برنامه بگو که آیا می‌خواهی ادامه دهی؛ کافی است به همین ایمیل پاسخ دهی.
rule-name-certificate_of_conduct = گواهی عدم سوءپیشینه
error-field-guardian-consent-missing = زیر ۱۸ سال: رضایت پدر یا مادر یا سرپرست وجود ندارد.
error-field-certificate-missing = برای این منتور گواهی عدم سوءپیشینه ثبت نشده است؛ کودک نمی‌تواند با او جفت شود.
error-field-certificate-not-valid = گواهی عدم سوءپیشینهٔ این منتور معتبر نیست؛ کودک نمی‌تواند با او جفت شود.
error-field-certificate-too-old = گواهی هنگام بررسی بیش از سه ماه قدمت داشت.
error-field-certificate-after-inspection = تاریخ گواهی نمی‌تواند پس از بررسی باشد.
error-field-future-date = این تاریخ در آینده است.
error-field-birth-date = لطفاً تاریخ تولد را بررسی کنید.
error-field-birth-year-mismatch = تاریخ تولد با سال تولد هم‌خوانی ندارد.
error-field-guardian-contact = لطفاً شمارهٔ تلفن یا ایمیل سرپرست را وارد کنید.
