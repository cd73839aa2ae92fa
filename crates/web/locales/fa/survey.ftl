# machine-made translation: to be reviewed by a native speaker
# نظرسنجی آغاز و پایان

survey-title-start = نظرسنجی آغاز تاندم شما
survey-title-end = نظرسنجی پایان تاندم شما
survey-hello = سلام { $name }، چند پرسش کوتاه درباره تاندم شما با { $other }. می‌توانید از هر پرسشی بگذرید؛ پاسخ‌های شما را فقط هماهنگ‌کننده می‌بیند و در گزارش‌ها فقط به صورت میانگین نشان داده می‌شوند.
survey-scale-hint = ۱ = اصلاً، ۵ = بسیار زیاد
survey-question-german = آلمانی را چقدر خوب صحبت می‌کنید؟ (۱ = به‌سختی، ۵ = روان)
survey-question-local_contacts = از چند نفر در اینجا می‌توانید مشورت یا کمک بخواهید؟
survey-question-belonging = احساس می‌کنم به اینجا تعلق دارم.
survey-question-confidence = درباره کار یا مدرسه اطمینان دارم.
survey-send = ارسال پاسخ‌ها
survey-saved = سپاس، پاسخ‌های شما ذخیره شد. هر زمان می‌توانید از طریق همین لینک آن‌ها را تغییر دهید.
error-field-range-1-5 = لطفاً عددی از ۱ تا ۵ وارد کنید.
error-field-range-0-100 = لطفاً عددی از ۰ تا ۱۰۰ وارد کنید.
mail-survey-start-subject = تاندم شما آغاز شد: چند پرسش کوتاه
mail-survey-start-body = سلام { $name }،

    تاندم شما با { $other } آغاز شده است. برای اینکه ببینیم تاندم‌ها چه اثری دارند، از شما چند پاسخ کوتاه می‌خواهیم (دو دقیقه):
    { $link }

    در پایان تاندم دوباره می‌پرسیم. این لینک شخصی است و به رمز عبور نیاز ندارد.
mail-survey-end-subject = تاندم شما پایان یافت: چند پرسش کوتاه
mail-survey-end-body = سلام { $name }،

    تاندم شما با { $other } پایان یافته است. از وقتی که گذاشتید سپاسگزاریم! لطفاً با چند پاسخ کوتاه بگویید چه چیزی تغییر کرده است:
    { $link }

    این لینک شخصی است و به رمز عبور نیاز ندارد.
survey-dashboard-caption = پیش و پس (نظرسنجی آغاز و پایان، منتی‌ها)
survey-dashboard-question = پرسش
survey-dashboard-start = میانگین در آغاز
survey-dashboard-end = میانگین در پایان
survey-dashboard-answers = پاسخ‌ها
survey-dashboard-none = در این دوره به هیچ نظرسنجی پاسخ داده نشد.
survey-dashboard-hint = میانگین پاسخ‌های داده‌شده در دوره؛ آلمانی، تعلق و اطمینان از ۱ تا ۵، آشنایان به صورت تعداد.
rules-question-asked = زمان پرسش
rules-question-asked-registration = هنگام ثبت‌نام
rules-question-asked-survey = در نظرسنجی آغاز و پایان
rules-question-survey = در نظرسنجی آغاز و پایان پرسیده شود (به جای ثبت‌نام)
rules-question-survey-hint = هر نظرسنجی پرسش‌های استاندارد الگو (آلمانی، آشنایان، تعلق، اطمینان) را در هر حال از منتی‌ها می‌پرسد.
