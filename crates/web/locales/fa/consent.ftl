# machine-made translation: to be reviewed by a native speaker
# رضایت‌ها بر اساس هدف، صفحهٔ دادهٔ شخصی، و درخواست‌های مربوط به داده با مهلت‌هایشان.
nav-requests = درخواست‌های داده
consent-purpose-participation = شرکت در برنامه
consent-purpose-participation-hint = ثبت‌نام شما را نگه می‌داریم، یک تاندم به شما پیشنهاد می‌کنیم و دربارهٔ آن به شما پیام می‌دهیم (از جمله پرسش‌های کوتاه دربارهٔ روند کار). بدون این رضایت نمی‌توانید شرکت کنید.
consent-purpose-impact_surveys = نظرسنجی دربارهٔ اثر
consent-purpose-impact_surveys-hint = پرسشنامه‌ای کوتاه در آغاز و پایان تاندم؛ پاسخ‌ها فقط به‌صورت خلاصه و بدون نام در گزارش‌های حامیان مالی می‌آیند. اختیاری.
consent-purpose-event_news = خبر رویدادها
consent-purpose-event_news-hint = ایمیل دربارهٔ دیدارها، آموزش‌ها و جشن‌های سازمان. اختیاری.
consent-channel-web_form = فرم آنلاین
consent-channel-paper = فرم کاغذی
consent-channel-in_person = حضوری یا تلفنی
consent-channel-email = ایمیل
consent-by-person = خود شخص
consent-by-guardian = والدین یا قیم
request-kind-access = دسترسی به داده‌ها
request-kind-erasure = حذف
request-kind-end_participation = پایان شرکت (تاندم هنوز جریان دارد)
consent-state-none = داده نشده
consent-state-given = داده شده در { $date } ({ $channel }، { $by }، متن { $version })
consent-state-withdrawn = پس گرفته شده در { $date } ({ $channel }، { $by })
mail-registered-subject = ثبت‌نام شما در { $programme }
mail-registered-body =
    سلام { $name }،

    از ثبت‌نام شما در { $programme } سپاسگزاریم. به‌محض یافتن یک تاندم مناسب با شما تماس می‌گیریم.

    با این پیوند شخصی می‌توانید هر زمان ببینید چه چیزی دربارهٔ شما نگه داشته‌ایم، داده‌هایتان را بارگیری کنید، رضایت بدهید یا پس بگیرید و درخواست حذف کنید:
    { $link }

    لطفاً این پیوند را به کسی ندهید.
me-title = داده‌های من
me-intro = این‌ها را دربارهٔ شما نگه داشته‌ایم. می‌توانید داده‌هایتان را بارگیری کنید، رضایت بدهید یا پس بگیرید و درخواست حذف کنید.
me-status = وضعیت
me-download = بارگیری همهٔ داده‌های من (JSON)
me-consents-title = رضایت‌های من
me-withdraw = پس گرفتن
me-give = رضایت دادن
me-erasure-title = حذف داده‌های من
me-erasure-hint = داده‌های شما را ظرف یک ماه حذف می‌کنیم. اگر تاندم شما هنوز جریان دارد، نخست همراه شما آن را پایان می‌دهیم.
me-erasure-confirm = بله، می‌خواهم داده‌هایم حذف شود.
me-erasure-submit = درخواست حذف
me-erasure-requested = شما در { $received } درخواست حذف کردید. حداکثر تا { $due } انجام می‌شود.
me-erasure-confirm-missing = لطفاً با زدن تیک تأیید کنید که داده‌هایتان حذف شود.
me-withdrawn-left = پس‌گرفتن رضایت شما ثبت شد. دیگر شرکت ندارید و از ما پیشنهادی دریافت نمی‌کنید.
me-withdrawn-tandem = پس‌گرفتن رضایت شما ثبت شد. چون تاندم شما هنوز جریان دارد، فرد رابط برای پایان دادن به آن با شما تماس می‌گیرد.
consents-link = رضایت‌ها
consents-back = بازگشت به شخص
consents-now = وضعیت رضایت‌ها
consents-record = ثبت رضایت یا پس‌گرفتن آن
consents-purpose = هدف
consents-what = چه
consents-given = داده شده
consents-withdrawn = پس گرفته شده
consents-by = توسط چه کسی
consents-channel = چگونه
consents-save = ثبت
consents-history = سابقه
consents-date = تاریخ
consent-effect-left = ثبت شد. شخص از فهرست انتظار خارج شد؛ ایمیل‌های هنوز ارسال‌نشده به او کنار گذاشته شد.
consent-effect-tandem = ثبت شد. شخص در یک تاندم است: لطفاً آن را پایان دهید؛ درخواست زیر «درخواست‌های داده» آمده است.
requests-title = درخواست‌های داده
requests-intro = درخواست‌های دسترسی، حذف و پس‌گرفتن رضایت باید ظرف یک ماه انجام شوند. موارد دیرکرده برجسته شده‌اند.
requests-open = باز
requests-none-open = درخواست بازی نیست.
requests-person = شخص
requests-kind = درخواست
requests-received = دریافت
requests-due = مهلت
requests-done = انجام شد
requests-overdue = دیرکرده
requests-completed = انجام‌شده
requests-completed-on = انجام شده در
requests-source-self = از صفحهٔ داده‌های خودش
requests-source-staff = ثبت‌شده توسط تیم
requests-erased-person = (حذف‌شده)
register-consent-optional = اختیاری: هر زمان می‌توانید تغییرش دهید.
