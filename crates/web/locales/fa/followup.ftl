# machine-made translation: to be reviewed by a native speaker
# پیگیری: دفترچهٔ دیدارها، نظرسنجی‌های دوره‌ای، تاندم‌های در معرض خطر (Follow-up: the meeting log, check-ins, tandems at risk).
nav-at-risk = تاندم‌های نیازمند توجه
followup-meetings-title = دیدارهای ما: شما و { $value }
followup-meetings-hello = سلام { $value }، هر دیدار را اینجا ثبت کنید؛ یک دقیقه طول می‌کشد. این‌طور هماهنگ‌کننده می‌بیند تاندم چطور پیش می‌رود و ساعت‌های داوطلبانه را می‌شمارد.
followup-log-heading = ثبت دیدار
followup-field-date = تاریخ
followup-field-minutes = مدت به دقیقه
followup-field-minutes-hint = مثلاً ۶۰ برای یک ساعت، ۹۰ برای یک ساعت و نیم.
followup-field-kind = چطور همدیگر را دیدید؟
followup-kind-in-person = حضوری
followup-kind-online = آنلاین یا تلفنی
followup-field-note = یادداشت (اختیاری)
followup-field-note-hint = چند کلمه، حداکثر ۵۰۰ نویسه. هماهنگ‌کننده می‌تواند آن را بخواند.
followup-log-save = ذخیرهٔ دیدار
followup-log-saved = سپاس، دیدار ذخیره شد.
followup-not-running = این تاندم اکنون فعال نیست؛ نمی‌توان دیدار ثبت کرد.
followup-so-far = تاکنون
followup-mentees-heading = کسانی که با آن‌ها دیدار می‌کنید
followup-mentees-private = این را فقط منتورهای این تاندم و هماهنگ‌کنندگان می‌بینند.
followup-totals = { $count ->
    [0] هنوز دیداری ثبت نشده است.
   *[other] { $count } دیدار، { $hours } ساعت.
}
followup-minutes = { $count } دقیقه
followup-logged-by = ثبت‌کننده
followup-logged-by-coordinator = هماهنگ‌کننده
followup-check-in-title = تاندم شما چطور پیش می‌رود؟
followup-check-in-hello = سلام { $name }، تاندم شما با { $other } به یک مرحلهٔ مهم رسیده است ({ $point }). چهار پرسش کوتاه – پاسخ‌های شما را فقط هماهنگ‌کننده می‌بیند.
followup-point-4w = پس از ۴ هفته
followup-point-3m = پس از ۳ ماه
followup-point-6m = پس از ۶ ماه
followup-point-end = در پایان
followup-question-mood = اوضاع چطور است؟
followup-mood-1 = ۱ – بد
followup-mood-2 = ۲ – نه چندان خوب
followup-mood-3 = ۳ – معمولی
followup-mood-4 = ۴ – خوب
followup-mood-5 = ۵ – خیلی خوب
followup-question-regular = آیا مرتب همدیگر را می‌بینید؟
followup-yes = بله
followup-no = نه
followup-question-comment = آیا می‌خواهید چیزی به ما بگویید؟ (اختیاری)
followup-question-call-me = می‌خواهم هماهنگ‌کننده با من تماس بگیرد.
followup-check-in-send = ارسال پاسخ‌ها
followup-check-in-saved = سپاس! پاسخ‌های شما ذخیره شد. با همین پیوند هر زمان می‌توانید آن‌ها را تغییر دهید.
followup-at-risk-title = تاندم‌های نیازمند توجه
followup-at-risk-intro = تاندم‌های فعالی که اخیراً دیداری نداشته‌اند، پاسخ نگران‌کننده‌ای در نظرسنجی داده‌اند یا درخواست تماس کرده‌اند.
followup-at-risk-empty = اکنون هیچ تاندمی نیاز به توجه ندارد.
followup-at-risk-count = { $count ->
   *[other] { $count } تاندم نیاز به توجه دارد
}
followup-last-meeting = آخرین دیدار
followup-reasons = چرا
followup-never = هنوز نه
followup-reason-no-meeting = { $count ->
   *[other] { $count } هفته بدون دیدار
}
followup-reason-bad-check-in = نظرسنجی: «{ $mood }»{ $regular ->
    [no] ، مرتب همدیگر را نمی‌بینند
   *[yes] {""}
}
followup-reason-call-requested = درخواست تماس
followup-settings-heading = چه زمانی یک تاندم در معرض خطر است؟
followup-settings-weeks = { $value }: پس از این تعداد هفته بدون دیدار در معرض خطر
followup-settings-save = ذخیره
followup-settings-saved = تنظیم ذخیره شد.
followup-tandem-title = دیدارها و نظرسنجی‌ها
followup-back-to-tandem = بازگشت به تاندم
followup-started = آغاز
followup-meetings-heading = دیدارها
followup-no-meetings = هنوز دیداری ثبت نشده است.
followup-check-ins-heading = پاسخ‌های نظرسنجی
followup-no-check-ins = هنوز پاسخی نیامده است.
followup-check-in-point = نظرسنجی
followup-side = طرف
followup-call-me-short = درخواست تماس
followup-answered = تاریخ پاسخ
followup-resolve-hint = با آن‌ها صحبت کرده‌اید؟ پاسخ‌ها را رسیدگی‌شده علامت بزنید؛ تاندم از فهرست خارج می‌شود مگر دلیل تازه‌ای پیش آید.
followup-resolve = رسیدگی شد
followup-tandem-link = دیدارها و نظرسنجی‌ها
error-field-meeting-in-future = تاریخ در آینده است. لطفاً دیدارهایی را ثبت کنید که انجام شده‌اند.
error-field-meeting-before-start = تاریخ پیش از آغاز تاندم است.
error-field-meeting-duration-positive = لطفاً مدتی دست‌کم یک دقیقه وارد کنید.
error-field-meeting-duration-too-long = حداکثر ۷۲۰ دقیقه (۱۲ ساعت) برای هر دیدار.
error-field-meeting-duration-number = لطفاً مدت را به صورت عدد و به دقیقه وارد کنید.
error-field-meeting-note-too-long = یادداشت حداکثر ۵۰۰ نویسه می‌تواند داشته باشد.
error-field-range-1-52 = لطفاً تعداد هفته‌ها را از ۱ تا ۵۲ وارد کنید.
error-field-tandem-not-running = این تاندم فعال نیست.
mail-followup-log-subject = تاندم شما: دیدارهایتان را ثبت کنید
mail-followup-log-body = سلام { $name }،

    تاندم شما با { $other } آغاز شده است – برای هر دوی شما زمان خوبی آرزو می‌کنیم!

    پس از هر دیدار، لطفاً آن را اینجا ثبت کنید (تاریخ، مدت، حضوری یا آنلاین؛ یک دقیقه طول می‌کشد):
    { $link }

    این پیوند را نگه دارید؛ شخصی است و رمز عبور نمی‌خواهد.
mail-followup-reminder-subject = اخیراً همدیگر را دیده‌اید؟
mail-followup-reminder-body = سلام { $name }،

    { $days } روز است که هیچ دیداری با { $other } ثبت نشده است. اگر همدیگر را دیده‌اید، لطفاً اینجا ثبت کنید:
    { $link }

    اگر مانعی هست، به همین ایمیل پاسخ دهید یا با هماهنگ‌کننده تماس بگیرید.
mail-followup-check-in-subject = تاندم شما چطور پیش می‌رود؟
mail-followup-check-in-body = سلام { $name }،

    تاندم شما با { $other } به یک مرحلهٔ مهم رسیده است ({ $point }). لطفاً با چهار پرسش کوتاه به ما بگویید اوضاع چطور است:
    { $link }

    پاسخ‌های شما را فقط هماهنگ‌کننده می‌بیند.
dashboard-link = داشبورد { $value }
dashboard-title = داشبورد: { $value }
dashboard-from = از (ماه)
dashboard-to = تا (ماه)
dashboard-waiting-mentees = منتی‌های در انتظار
dashboard-waiting-mentors = منتورهای در انتظار
dashboard-running-now = تاندم‌های فعال امروز
dashboard-retention = ماندگاری
dashboard-retention-value = { $completed } از { $ended } تاندم پایان‌یافته به پایان برنامه‌ریزی‌شده رسیدند ({ $percent } ٪)
dashboard-retention-none = هنوز هیچ تاندمی پایان نیافته است.
dashboard-meetings-period = دیدارها در این بازه
dashboard-hours-period = ساعت‌های داوطلبانه در این بازه
dashboard-waiting-under-1 = کمتر از ۱ ماه
dashboard-waiting-1-3 = ۱ تا ۳ ماه
dashboard-waiting-3-6 = ۳ تا ۶ ماه
dashboard-waiting-over-6 = بیش از ۶ ماه
dashboard-chart-running = تاندم‌های فعال در پایان هر ماه
dashboard-chart-hours = ساعت‌های داوطلبانه در هر ماه
dashboard-chart-moods = پاسخ‌های نظرسنجی بر اساس حال (۱ بد – ۵ خیلی خوب)
dashboard-charts-hint = نمودارها اعداد جدول‌های زیر را نشان می‌دهند.
dashboard-table-caption = تاندم‌ها، دیدارها و ساعت‌ها در هر ماه
dashboard-month = ماه
dashboard-running = فعال در پایان ماه
dashboard-started = آغازشده
dashboard-ended = پایان‌یافته
dashboard-meetings = دیدارها
dashboard-per-tandem = دیدار به ازای هر تاندم فعال
dashboard-hours = ساعت
dashboard-csv = دریافت جدول به صورت CSV
dashboard-waiting-caption = منتظران بر اساس زمان از ثبت‌نام
dashboard-waiting-time = انتظار
dashboard-moods-caption = پاسخ‌های نظرسنجی در این بازه بر اساس حال
dashboard-answers = پاسخ‌ها
dashboard-district = شهرستان (منتی)
dashboard-organisation-link = داشبورد همهٔ برنامه‌های ما
dashboard-short = داشبورد
