# machine-made translation: to be reviewed by a native speaker
# رویدادها: تقویم، ثبت‌نام، فهرست انتظار، فهرست ورودی (Events: the calendar, registration, the waiting list, the list at the door).
nav-events = رویدادها
nav-staff-events = رویدادهای ما
events-title = رویدادها
events-intro = کنفرانس‌ها، نشست‌های اطلاع‌رسانی، دوره‌های آموزشی منتورها و دورهمی‌های ائتلاف و سازمان‌های عضو آن.
events-empty = در حال حاضر هیچ رویدادی برنامه‌ریزی نشده است.
event-kind-conference = کنفرانس
event-kind-information_evening = نشست اطلاع‌رسانی
event-kind-training = آموزش منتورها
event-kind-get_together = دورهمی
event-alliance = Niedersachsen packt an (ائتلاف)
event-online = آنلاین
event-online-link-later = لینک را همراه با تأیید ثبت‌نام دریافت می‌کنید.
event-when = زمان
event-where = مکان
event-time = ساعت
event-session = بخش برنامه
event-programme = برنامه
event-places = ظرفیت
event-places-left = { $count ->
    [one] { $count } جای خالی باقی مانده است
   *[other] { $count } جای خالی باقی مانده است
}
event-fully-booked = { $count ->
    [0] ظرفیت تکمیل است – ثبت‌نام در فهرست انتظار
    [one] ظرفیت تکمیل است – { $count } نفر در فهرست انتظار
   *[other] ظرفیت تکمیل است – { $count } نفر در فهرست انتظار
}
event-add-to-calendar = افزودن به تقویم (.ics)
event-register = ثبت‌نام
event-field-name = نام شما
event-field-organisation = سازمان شما (اختیاری)
event-field-accessibility = نیازهای دسترسی‌پذیری
event-field-accessibility-hint = مثلاً ورودی بدون پله، زبان اشاره، نگهداری از کودکان. فقط برگزارکنندگان این را می‌بینند.
event-already-registered = این نشانی ایمیل قبلاً برای این رویداد ثبت‌نام شده است. لینک موجود در ایمیل تأیید، ثبت‌نام شما را نشان می‌دهد.
event-details = جزئیات رویداد
event-you-are-confirmed = ثبت‌نام شما انجام شد. مشتاق دیدارتان هستیم!
event-you-are-waiting = ظرفیت این رویداد تکمیل است: جایگاه شما در فهرست انتظار { $position } است. اگر جایی خالی شود، به‌طور خودکار جلو می‌روید و از طریق ایمیل به شما خبر می‌دهیم.
event-you-cancelled = ثبت‌نام شما لغو شد.
event-cancel-hint = در نهایت نمی‌توانید بیایید؟ لطفاً ثبت‌نام خود را لغو کنید تا کسی از فهرست انتظار جای شما را بگیرد.
event-cancel = لغو ثبت‌نام من
event-status-confirmed = ثبت‌نام‌شده
event-status-waiting = فهرست انتظار
event-status-cancelled = لغوشده
staff-events-title = رویدادهای ما
staff-events-empty = هنوز هیچ رویدادی ایجاد نکرده‌اید.
event-new = رویداد جدید
event-edit = ویرایش
event-csv = ثبت‌نام‌ها (CSV)
event-public-page = صفحهٔ عمومی
event-door-list = فهرست ورودی
event-present = { $count ->
    [one] { $count } نفر حاضر است
   *[other] { $count } نفر حاضرند
}
event-present-yes = حاضر
event-mark-present = ثبت حضور
event-no-registrations = هنوز کسی ثبت‌نام نکرده است.
event-form-title = رویداد
event-field-title = عنوان
event-field-date = تاریخ
event-field-start = ساعت شروع
event-field-end = ساعت پایان
event-field-online-url = لینک شرکت آنلاین (https://…)
event-field-sessions-hint = هر بخش برنامه در یک خط: 10:00-10:30 | عنوان | سخنرانان
event-field-published = منتشرشده: در تقویم نمایش داده می‌شود و ثبت‌نام باز است
csv-name = نام
csv-email = ایمیل
csv-organisation = سازمان
csv-accessibility = نیازهای دسترسی‌پذیری
csv-status = وضعیت
csv-attended = حضور داشت
csv-registered-at = زمان ثبت‌نام
mail-event-subject = ثبت‌نام شما: { $event }
mail-event-confirmed-body = سلام { $name }،

    ثبت‌نام شما برای «{ $event }» ({ $when }) انجام شد.

    مشاهدهٔ ثبت‌نام، و لغو آن اگر نمی‌توانید بیایید: { $link }
mail-event-waiting-body = سلام { $name }،

    ظرفیت «{ $event }» تکمیل است: جایگاه شما در فهرست انتظار { $position } است. اگر جایی خالی شود، به‌طور خودکار جلو می‌روید و به شما خبر می‌دهیم.

    مشاهدهٔ ثبت‌نام و لغو آن: { $link }
mail-event-promoted-body = سلام { $name }،

    خبر خوب: یک جا خالی شد و اکنون ثبت‌نام شما برای «{ $event }» ({ $when }) قطعی است.
error-field-date = لطفاً یک تاریخ وارد کنید (YYYY-MM-DD).
error-field-time = لطفاً یک ساعت وارد کنید (HH:MM).
error-field-end-before-start = زمان پایان باید بعد از زمان شروع باشد.
error-field-place-or-link = لطفاً یک مکان، یک لینک برای شرکت آنلاین یا هر دو را وارد کنید.
error-field-range-1-5000 = لطفاً عددی از ۱ تا ۵۰۰۰ وارد کنید.
error-field-session-lines = این خط‌های برنامه خوانده نشدند: { $lines }. آن‌ها را به این شکل بنویسید: 10:00-10:30 | عنوان | سخنرانان.
person-trainings = آموزش‌های شرکت‌کرده
person-trainings-none = هنوز در هیچ آموزشی شرکت نکرده است. حضور در ورودی آموزش در بخش «رویدادها» ثبت می‌شود.
