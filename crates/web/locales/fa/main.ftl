# machine-made translation: to be reviewed by a native speaker
# Tandem – رابط کاربری فارسی (Persian interface; also read by Dari speakers).

## Frame
skip-to-content = رفتن به محتوا
nav-label = منوی اصلی
nav-home = صفحهٔ اصلی
nav-coordinator = هماهنگی
nav-tandems = تاندم‌ها
nav-programmes = برنامه‌ها
nav-staff = تیم
nav-alliance = ائتلاف
language-label = زبان
login = ورود
logout = خروج
footer-text = Tandem – حمایت، راهنمایی و تاندم برای پناهجویان و مهاجران در ایالت نیدرزاکسن.
back-home = بازگشت به صفحهٔ اصلی
yes = بله
no = خیر
save = ذخیره
name = نام
programme = برنامه
created = تاریخ ایجاد
waiting = مدت انتظار

## Error pages
error-title = انجام نشد
error-not-found = این صفحه وجود ندارد – یا شما به آن دسترسی ندارید.
error-forbidden = حساب شما اجازهٔ انجام این کار را ندارد.
error-conflict = این مرحله در وضعیت فعلی ممکن نیست. چیزی تغییر نکرد.
error-invalid = اطلاعات ناقص یا نادرست است. چیزی تغییر نکرد.
error-too-large = داده‌های ارسال‌شده بیش از حد بزرگ است.
error-internal = مشکلی پیش آمد. لطفاً بعداً دوباره امتحان کنید.
error-storage-full = فضای ذخیره‌سازی سرور پر است. چیزی ذخیره نشد؛ داده‌های موجود تغییری نکرده‌اند. لطفاً بعداً دوباره امتحان کنید و به گردانندگان سامانه خبر دهید.

## Start page and programmes
home-title = برنامه‌های نزدیک شما
home-intro = حمایت، همراهی آموزشی و راهنمایی شغلی: برنامه‌ای پیدا کنید و شرکت کنید – به‌عنوان فرد نیازمند حمایت یا به‌عنوان داوطلب.
home-empty = در حال حاضر هیچ برنامه‌ای منتشر نشده است.
programme-languages = زبان‌ها
programme-region = منطقه
programme-duration = مدت پیش‌بینی‌شده
region-online = آنلاین
months = { $count ->
    [one] { $count } ماه
   *[other] { $count } ماه
}
register-as-mentee = به دنبال حمایت هستم (منتی)
register-as-mentor = می‌خواهم از کسی حمایت کنم (منتور)

## Registration
register-title-mentee = ثبت‌نام به‌عنوان منتی
register-title-mentor = ثبت‌نام به‌عنوان منتور
register-about-you = دربارهٔ شما
register-more = آنچه با خود می‌آورید و آنچه به دنبالش هستید
register-submit = ارسال ثبت‌نام
form-has-errors = لطفاً فیلدهای علامت‌گذاری‌شده را بررسی کنید.
consent-text = موافقم که سازمانی که این برنامه را اجرا می‌کند اطلاعات مرا ذخیره کند تا همراه مناسبی برایم پیدا کند. می‌توانم این موافقت را هر زمان پس بگیرم.
error-consent = بدون موافقت شما نمی‌توانیم ثبت‌نامتان را ذخیره کنیم.
error-already-registered = فردی با این نشانی ایمیل قبلاً در این برنامه ثبت‌نام کرده است.
registered-title = از ثبت‌نام شما سپاسگزاریم!
registered-text = ثبت‌نام شما را دریافت کردیم. تیم برنامه برای آشنایی با شما تماس خواهد گرفت.
field-first-name = نام
field-last-name = نام خانوادگی
field-email = ایمیل
field-phone = تلفن (اختیاری)
field-postal-code = کد پستی
field-birth-year = سال تولد
field-gender = جنسیت
field-gender-preference = ترجیح من برای همراهم در تاندم
field-languages = زبان‌ها
field-language = زبان
field-level = سطح
field-availability = چه زمانی وقت دارید؟
field-interests = علاقه‌مندی‌ها (با ویرگول جدا کنید)
field-goals = اهداف (با ویرگول جدا کنید)
field-profession = شغل، رشتهٔ تحصیلی یا درس‌های مدرسه
field-capacity = از چند نفر می‌خواهید حمایت کنید؟ (اختیاری)
field-password = رمز عبور
field-initial-password = رمز عبور اولیه (دست‌کم ۱۲ نویسه)
field-name = نام
field-city = شهر
field-kind = نوع
field-description = توضیحات
field-region = منطقه
field-region-hint = "online" یا کدهای پستی جداشده با ویرگول، مثلاً 30159، 30161
field-programme-languages = زبان‌های برنامه
field-programme-languages-hint = کدهای زبان ISO جداشده با ویرگول، مثلاً de، ar، uk
field-duration-months = مدت پیش‌بینی‌شده به ماه
field-mentor-capacity = تعداد منتی برای هر منتور
field-published = منتشرشده
field-published-hint = نمایش در فهرست عمومی و پذیرش ثبت‌نام
field-role = نقش

## Log-in
login-title = ورود
login-failed = نشانی ایمیل یا رمز عبور درست نیست.

## Coordination
coordinator-title = هماهنگی
coordinator-empty = سازمان شما هنوز برنامه‌ای ندارد.
waiting-mentees = منتی‌های در انتظار
waiting-mentors = منتورهای در دسترس
to-screen = تازه ثبت‌نام‌شده
all-people = همهٔ افراد
people-title = افراد
people-empty = کسی پیدا نشد.
filter-side = طرف
filter-status = وضعیت
filter-search = جستجو
filter-all = همه
filter-apply = نمایش
days-waiting = { $count ->
    [one] { $count } روز
   *[other] { $count } روز
}
side-mentor = منتور
side-mentee = منتی
back-to-list = بازگشت به فهرست
person-registered = تاریخ ثبت‌نام
person-consent = موافقت (نسخه · زبان · تاریخ)
screening = بررسی
screen-to-screened = علامت‌گذاری به‌عنوان بررسی‌شده
screen-to-ready = آزاد کردن (در انتظار تاندم)
screen-to-withdrawn = انصراف داده
screen-to-registered = پذیرش دوباره
notes = یادداشت‌های هماهنگ‌کنندگان
notes-hint = فقط برای هماهنگ‌کنندگان سازمان شما قابل مشاهده است.
tandem-new-title = تشکیل تاندم
tandem-new-empty = در حال حاضر هیچ منتی آزادشده یا منتوری با جای خالی وجود ندارد.
tandem-propose = پیشنهاد تاندم
tandems-title = تاندم‌ها
tandems-empty = هیچ تاندمی پیدا نشد.
tandem-title = تاندم
tandem-mentor-accepted = منتور پذیرفته است
tandem-mentee-accepted = منتی پذیرفته است
end-reason = دلیل پایان
pager-label = صفحه‌ها
pager-previous = قبلی
pager-next = بعدی
pager-position = صفحهٔ { $page } از { $pages } (در مجموع { $total })

## Tandem actions
action-accept_mentor = ثبت پذیرش منتور
action-accept_mentee = ثبت پذیرش منتی
action-decline_mentor = ثبت رد منتور
action-decline_mentee = ثبت رد منتی
action-start = شروع تاندم
action-pause = توقف موقت
action-resume = ادامه
action-complete = پایان موفق
action-end_early = پایان زودهنگام

## Organisation administration
admin-programmes-title = برنامه‌ها
admin-programmes-empty = هنوز برنامه‌ای وجود ندارد. نخستین برنامه را بسازید.
admin-programme-new = برنامهٔ جدید
admin-programme-edit = ویرایش برنامه
admin-staff-title = تیم
admin-staff-empty = هنوز کسی در تیم نیست.
admin-staff-new = افزودن فردی به تیم
role-alliance_admin = دفتر ائتلاف
role-org_admin = مدیر سازمان
role-coordinator = هماهنگ‌کننده
role-mentor = منتور
role-mentee = منتی

## Alliance
alliance-title = ائتلاف "Niedersachsen packt an"
alliance-statewide = در سراسر ایالت
alliance-people = افراد بر اساس وضعیت
alliance-tandems = تاندم‌ها بر اساس وضعیت
alliance-programmes = { $count ->
    [one] { $count } برنامه
   *[other] { $count } برنامه
} در همهٔ سازمان‌ها.
alliance-organisations = سازمان‌های عضو
alliance-organisations-empty = هنوز سازمانی وجود ندارد.
alliance-new-organisation = افزودن سازمان

## Kinds of programme
kind-buddy = همراهی / تاندم
kind-learning = حمایت آموزشی
kind-career = راهنمایی شغلی

## Languages
lang-de = آلمانی
lang-en = انگلیسی
lang-ar = عربی
lang-uk = اوکراینی
lang-ru = روسی
lang-fa = فارسی
lang-prs = دری
lang-kmr = کردی (کرمانجی)
lang-ckb = کردی (سورانی)
lang-tr = ترکی
lang-ti = تیگرینیا
lang-ps = پشتو
lang-so = سومالیایی
lang-fr = فرانسوی
lang-es = اسپانیایی
lang-pl = لهستانی
lang-ro = رومانیایی
lang-sq = آلبانیایی
lang-ku = کردی
level-a1 = A1 – مبتدی
level-a2 = A2 – مقدماتی
level-b1 = B1 – متوسط
level-b2 = B2 – فوق متوسط
level-c1 = C1 – پیشرفته
level-c2 = C2 – مسلط
level-native = زبان مادری

## Availability
weekday-0 = دوشنبه
weekday-1 = سه‌شنبه
weekday-2 = چهارشنبه
weekday-3 = پنجشنبه
weekday-4 = جمعه
weekday-5 = شنبه
weekday-6 = یکشنبه
slot-0 = صبح‌ها
slot-1 = بعدازظهرها
slot-2 = عصرها

## Gender
gender-female = زن
gender-male = مرد
gender-diverse = دیگر
gender-not_stated = اعلام‌نشده
gender-preference-any = فرقی نمی‌کند
gender-preference-same_gender = هم‌جنس
gender-preference-female = یک زن
gender-preference-male = یک مرد

## Status of people
status-registered = ثبت‌نام‌شده
status-screened = بررسی‌شده
status-ready = در انتظار
status-matched = در تاندم
status-alumni = دانش‌آموختهٔ برنامه
status-withdrawn = انصراف داده

## Status of tandems
tandem-status-proposed = پیشنهادشده
tandem-status-accepted = پذیرفته‌شده
tandem-status-active = فعال
tandem-status-paused = متوقف موقت
tandem-status-completed = پایان‌یافته
tandem-status-ended_early = زودتر پایان‌یافته
tandem-status-declined = ردشده

## Reasons for an early end
end-reason-moved_away = نقل مکان کرده
end-reason-no_time = دیگر وقت ندارد
end-reason-not_a_good_fit = با هم جور نبودند
end-reason-goal_reached = هدف زودتر محقق شد
end-reason-no_contact = ارتباط قطع شد
end-reason-other = دلیل دیگر
end-reason-detail = چه اتفاقی افتاد؟ (برای «دلیل دیگر»)
end-reason-detail-hint = فقط برای «دلیل دیگر» و در آن صورت الزامی است: یک جمله کوتاه، حداکثر ۲۰۰ نویسه. هماهنگ‌کننده آن را می‌بیند؛ هنگام حذف داده‌های فرد پاک می‌شود.

## Field errors
error-field-postal-code = لطفاً یک کد پستی آلمانی ۵ رقمی وارد کنید.
error-field-language = این زبان را نمی‌شناسیم.
error-field-language-level = لطفاً سطح زبان را انتخاب کنید.
error-field-duplicate-language = لطفاً هر زبان را فقط یک بار وارد کنید.
error-field-required = لطفاً این قسمت را پر کنید.
error-field-email = لطفاً یک نشانی ایمیل معتبر وارد کنید.
error-field-birth-year = لطفاً سال تولد را با ۴ رقم وارد کنید.
error-field-choice = لطفاً یکی از گزینه‌های موجود را انتخاب کنید.
error-field-availability = لطفاً زمان‌های معتبر انتخاب کنید.
error-field-too-long = این متن بیش از حد طولانی است.
error-field-too-short = این متن بیش از حد کوتاه است.
error-field-too-many = لطفاً حداکثر ۲۰ مورد.
error-field-phone = لطفاً شمارهٔ تلفن را با رقم وارد کنید.
error-field-range-1-10 = لطفاً عددی از ۱ تا ۱۰ وارد کنید.
error-field-range-1-60 = لطفاً عددی از ۱ تا ۶۰ وارد کنید.
error-field-region = لطفاً "online" یا کدهای پستی ۵ رقمی وارد کنید.
error-field-password-too-short = رمز عبور باید دست‌کم ۱۲ نویسه داشته باشد.
error-field-password-too-common = این رمز عبور بسیار رایج است و به‌آسانی حدس زده می‌شود. لطفاً رمز دیگری انتخاب کنید، مثلاً جمله‌ای از چند واژه.
error-field-role-organisation = این نقش به یک سازمان نیاز دارد.
error-field-taken = این مورد قبلاً استفاده شده است.
error-field-not-a-mentor = فرد انتخاب‌شده منتور نیست.
error-field-not-a-mentee = فرد انتخاب‌شده منتی نیست.
error-field-other-programme = هر دو باید در یک برنامه باشند.
error-field-not-available = این فرد در حال حاضر در انتظار تاندم نیست.
error-field-mentor-full = این منتور دیگر جای خالی ندارد.
error-field-illegal-move = این مرحله در وضعیت فعلی ممکن نیست.

# Tandems with several mentors or mentees (machine translation)
members-title = منتورها و منتی‌های بیشتر
members-none = این تاندم یک منتور و یک منتی دارد.
members-remove = خارج کردن از تاندم
members-add-label = افزودن فرد
members-hint = قواعد برنامه تعیین می‌کند یک تاندم چند منتور و منتی داشته باشد؛ همه قواعد برای هر منتور اضافی هم برقرار است.
members-add = افزودن
rules-max-mentors = منتور در هر تاندم (۱ تا ۳)
rules-max-mentees = منتی در هر تاندم (۱ تا ۱۲، مثلاً یک خانواده)
error-field-tandem-closed = این تاندم پایان یافته است.
error-field-already-in-tandem = این فرد از قبل عضو این تاندم است.
error-field-tandem-full = قواعد برنامه فرد دیگری را در این سمت مجاز نمی‌داند.
error-field-range-1-3 = لطفاً عددی از ۱ تا ۳ وارد کنید.
error-field-range-1-12 = لطفاً عددی از ۱ تا ۱۲ وارد کنید.
