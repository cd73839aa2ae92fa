# machine-made translation: to be reviewed by a native speaker
# فهرست عمومی، نقشه، نمایهٔ سازمان‌ها و فرم تماس (The public directory, the map, organisation profiles and the contact form).
directory-search-label = جستجوی برنامه‌ها
directory-postal-code = کد پستی شما
directory-radius = فاصله
directory-radius-option = در شعاع { $km } کیلومتری
directory-text = کلیدواژه‌ها
directory-more-filters = فیلترهای بیشتر
directory-any = همه
directory-language = زبان
directory-seeking = به دنبال
directory-seeking-mentors = به دنبال منتور (داوطلب)
directory-seeking-mentees = به دنبال منتی
directory-seeks-both = به دنبال منتور و منتی
directory-seeks-mentors = به دنبال منتور
directory-seeks-mentees = به دنبال منتی
directory-district = شهرستان
directory-reset = نمایش همه
directory-search = جستجو
directory-none = هیچ برنامه‌ای با این جستجو مطابقت ندارد. فاصلهٔ بیشتر یا فیلترهای کمتری را امتحان کنید.
directory-distance = { $km } کیلومتر فاصله
directory-found = { $count ->
    [one] { $count } برنامه
   *[other] { $count } برنامه
}
directory-found-near = { $count ->
    [one] { $count } برنامه در شعاع { $km } کیلومتری { $place }
   *[other] { $count } برنامه در شعاع { $km } کیلومتری { $place }
}
programme-target-group = برای چه کسانی
programme-how-to-join = نحوهٔ شرکت
programme-contact = تماس
programmes-count = { $count ->
    [one] { $count } برنامه
   *[other] { $count } برنامه
}
map-title = برنامه‌ها روی نقشه
map-intro = یک شهرستان را انتخاب کنید تا برنامه‌هایش را ببینید، یا یک نقطه را تا برنامه‌های اطراف آن را ببینید.
map-caption = ایالت نیدرزاکسن و شهرستان‌هایش؛ نقطه‌ها برنامه‌ها هستند.
map-districts = شهرستان‌های دارای برنامه
map-online = { $count ->
    [one] { $count } برنامه به‌صورت آنلاین اجرا می‌شود
   *[other] { $count } برنامه به‌صورت آنلاین اجرا می‌شوند
}
map-link = نقشه
organisation-logo = لوگو
organisation-website = وب‌سایت
organisation-partners = به دنبال شریک هستیم
organisation-programmes = برنامه‌ها
organisation-no-programmes = در حال حاضر هیچ برنامه‌ای منتشر نشده است.
contact-title = تماس
contact-hint = پیام شما از طریق ایمیل به سازمان می‌رسد و سازمان مستقیماً به شما پاسخ می‌دهد. اطلاعات شما فقط برای همین کار استفاده می‌شود.
contact-name = نام شما
contact-email = نشانی ایمیل شما
contact-message = پیام شما
contact-send = ارسال پیام
contact-sent = سپاسگزاریم، پیام شما ارسال شد.
contact-no-address = هنوز نمی‌توان از طریق Tandem با این سازمان تماس گرفت.
mail-contact-subject = پیامی از { $name } از طریق Tandem
mail-contact-body = { $name } از طریق فهرست Tandem برای { $organisation } پیام فرستاده است. برای پاسخ مستقیم، کافی است به همین ایمیل پاسخ دهید.

    { $message }
profile-title = نمایهٔ ما در نمایشگاه پروژه‌ها
profile-view = مشاهدهٔ نمایه
profile-website = وب‌سایت (https://…)
profile-partner-note = به دنبال شریک برای …
profile-partner-note-hint = در نمایهٔ شما نشان داده می‌شود تا برنامه‌های دیگر بتوانند شما را پیدا کنند.
profile-contact-email = نشانی برای فرم تماس
profile-contact-email-hint = هرگز نمایش داده نمی‌شود: بازدیدکنندگان از طریق یک فرم پیام می‌فرستند و پاسخ‌ها مستقیماً به خودشان می‌رسد.
profile-logo = لوگو
profile-logo-remove = حذف لوگو
profile-logo-hint = PNG یا JPEG، حداکثر { $kb } کیلوبایت. تصویر کوچک و دوباره ذخیره می‌شود.
listing-title = { $name } در فهرست
listing-intro = آنچه فهرست عمومی، افزون بر توضیحات، دربارهٔ این برنامه نشان می‌دهد.
listing-contact-hint = ساعت‌های پاسخگویی، یک شمارهٔ تلفن یا یک نشانی وب – بدون نشانی‌های ایمیل شخصی.
saved = ذخیره شد.
nav-map = نقشه
nav-profile = نمایه
error-field-postal-code-unknown = این کد پستی را نمی‌شناسیم. لطفاً آن را بررسی کنید (پنج رقم، مثلاً 30159).
error-field-range-1-300 = لطفاً فاصله‌ای بین ۱ تا ۳۰۰ کیلومتر انتخاب کنید.
error-field-web-address = لطفاً یک نشانی وب وارد کنید که با https:// شروع شود.
error-field-message-length = لطفاً بین ۱۰ تا ۵۰۰۰ نویسه بنویسید.
error-field-logo-not-image = این فایل تصویر PNG یا JPEG نیست.
error-field-logo-too-large = فایل بیش از حد بزرگ است: حداکثر { $kb } کیلوبایت.
listing-link = مدخل فهرست
