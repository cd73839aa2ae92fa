# machine-made translation: to be reviewed by a native speaker
# ورود و خروج فهرست‌ها: منتورها و منتی‌ها (Import and export of lists).
import-link = ورود یا خروج فهرست
import-title = ورود فهرست
import-back-to-people = بازگشت به فهرست افراد
import-file = پرونده (CSV، XLSX یا ODS)
import-file-hint = سطر نخست عنوان ستون‌ها را دارد، مانند نقش، نام، نام خانوادگی، ایمیل، کد پستی، زبان‌ها، سال تولد. CSV می‌تواند با ویرگول، نقطه‌ویرگول، تب یا خط عمودی جدا شود، با UTF-8 یا Windows-1252.
import-limits = حداکثر { $megabytes } مگابایت و { $rows } سطر.
import-upload = بارگذاری و بررسی
import-no-file = لطفاً یک پرونده انتخاب کنید.
import-export-title = خروجی
import-export-hint = همهٔ افراد این برنامه، با همان ستون‌هایی که ورود می‌خواند – پرونده را می‌توان ویرایش کرد و دوباره بارگذاری کرد.
import-export-csv = دریافت به صورت CSV
import-export-xlsx = دریافت به صورت پروندهٔ Excel ‏(XLSX)
import-review-title = تطبیق ستون‌ها و بررسی
import-other-file = بارگذاری پروندهٔ دیگر
import-file-summary = { $name }: { $format }، { $rows } سطر
import-mapping-title = ستون‌ها
import-mapping-hint = تطبیق از روی عنوان‌ها حدس زده شده است. در صورت نیاز اصلاح کنید و دوباره بررسی کنید.
import-column = ستون در پرونده
import-sample = نخستین مقدار
import-field = معنا
import-field-ignore = (منتقل نشود)
import-field-role = نقش (منتور/منتی)
import-field-first_name = نام
import-field-last_name = نام خانوادگی
import-field-email = ایمیل
import-field-phone = تلفن
import-field-postal_code = کد پستی
import-field-languages = زبان‌ها
import-field-birth_year = سال تولد
import-field-gender = جنسیت
import-field-gender_preference = جنسیت دلخواه
import-field-availability = زمان‌ها
import-field-interests = علاقه‌ها
import-field-goals = هدف‌ها
import-field-profession = شغل یا درس‌های مدرسه
import-field-capacity = ظرفیت (منتی برای هر منتور)
import-field-locale = زبان ارتباط
import-field-status = وضعیت
import-field-notes = یادداشت‌های هماهنگی
import-skip = رد کردن سطرها
import-skip-hint = شمارهٔ سطرها مانند گزارش، مثلاً 3، 7، 10-12.
import-check = بررسی دوباره
import-report-title = اجرای آزمایشی
import-problems = { $count ->
    [one] یک مشکل
   *[other] { $count } مشکل
}
import-duplicates = { $count ->
    [one] یک مورد تکراری
   *[other] { $count } مورد تکراری
}
import-ready = { $count ->
    [one] همه چیز درست است: یک نفر وارد می‌شود.
   *[other] همه چیز درست است: { $count } نفر وارد می‌شوند.
}
import-blocked = تا وقتی مشکل یا مورد تکراری وجود دارد، چیزی وارد نمی‌شود. پرونده را اصلاح کنید یا سطرهای نام‌برده را رد کنید.
import-skip-suggested = رد کردن این سطرها و بررسی دوباره
import-consent = تأیید می‌کنم که سازمان ما رضایت هر فرد این فهرست را برای نگهداری داده‌هایش دارد.
import-consent-missing = لطفاً پیش از ورود، رضایت‌ها را تأیید کنید.
import-run = اکنون همه را وارد کن
import-done-title = ورود پایان یافت
import-done = { $count ->
    [one] یک نفر وارد شد.
   *[other] { $count } نفر وارد شدند.
}
import-problem = سطر { $row }، ستون { $column }: «{ $value }» { $message }
import-problem-empty = سطر { $row }، ستون { $column }: { $message }
import-duplicate-email-row = سطر { $row }: همان ایمیل سطر { $other } ({ $value })
import-duplicate-email-existing = سطر { $row }: همان ایمیل کسی که از پیش در برنامه است ({ $value })
import-duplicate-name-row = سطر { $row }: همان نام و سال تولد سطر { $other } ({ $value })
import-duplicate-name-existing = سطر { $row }: همان نام و سال تولد کسی که از پیش در برنامه است ({ $value })
import-mapping-missing = هیچ ستونی با «{ $field }» تطبیق داده نشده است؛ این مورد لازم است.
import-mapping-repeated = ستون‌های { $columns } همه با «{ $field }» تطبیق داده شده‌اند؛ یکی را نگه دارید.
import-code-required = خالی است اما لازم است
import-code-too-long = بیش از حد طولانی است
import-code-too-many = ورودی‌های بیش از حد دارد (حداکثر 20)
import-code-email = نشانی ایمیل نیست
import-code-phone = شمارهٔ تلفن نیست
import-code-postal-code = کد پستی آلمانی نیست
import-code-language = زبانی ناشناخته است (مانند Deutsch، Arabisch یا کدهایی مانند de و ar:native)
import-code-language-level = سطحی غیر از A1 تا C2 یا زبان مادری دارد
import-code-duplicate-language = یک زبان را دو بار آورده است
import-code-availability = فهرستی از زمان‌ها مانند «mon-evening, sat-morning» نیست
import-code-choice = از مقدارهای مجاز نیست
import-code-birth-year = سال تولدی بین 1900 و امروز نیست
import-code-range-1-10 = عددی از 1 تا 10 نیست
import-code-role = نه منتور است نه منتی
import-code-status = وضعیت نیست (registered، screened، ready، withdrawn، alumni)
import-code-status-needs-tandem = وارد نمی‌شود: «matched» به یک تاندم نیاز دارد؛ «ready» را به کار ببرید
import-code-locale = کد زبانی مانند de، en، ar نیست
import-error-file-too-large = پرونده بیش از حد بزرگ است؛ حداکثر { $limit }.
import-error-too-many-rows = جدول سطرهای بیش از حد دارد؛ حداکثر { $limit }. فهرست را تقسیم کنید.
import-error-too-many-columns = جدول ستون‌های بیش از حد دارد؛ حداکثر { $limit }.
import-error-unpacked-too-large = پروندهٔ جدول پس از گشودن بزرگ‌تر از { $limit } است و خوانده نمی‌شود.
import-error-empty = پرونده خالی است یا سطر عنوان ندارد.
import-error-legacy-excel = پرونده‌های قدیمی Excel ‏(.xls) خوانده نمی‌شوند. جدول را به صورت .xlsx، .ods یا CSV ذخیره کنید.
import-error-unreadable = پرونده به صورت CSV، XLSX یا ODS خوانده نمی‌شود.
import-running-title = درون‌ریزی در حال انجام است
import-running = { $done } از { $total } ردیف نوشته شد …
import-running-hint = این صفحه خودش به‌روز می‌شود. تا پایان چیزی دیده نمی‌شود: فهرست یا کامل درون‌ریزی می‌شود یا اصلاً.
import-failed-title = درون‌ریزی ممکن نیست
import-failed = درون‌ریزی ناموفق بود؛ هیچ‌کس درون‌ریزی نشد. لطفاً بعداً دوباره امتحان کنید.
import-failed-duplicate = در این میان کسی از فهرست با همان نشانی ایمیل ثبت‌نام کرده است؛ هیچ‌کس درون‌ریزی نشد. لطفاً فهرست را دوباره بررسی کنید.
