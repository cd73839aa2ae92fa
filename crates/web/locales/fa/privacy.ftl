# machine-made translation: to be reviewed by a native speaker
# حفاظت از داده‌ها: خروجی، پاک‌سازی، گزارش ممیزی (Data protection: export, erasure, audit trail).
nav-audit = گزارش ممیزی
privacy-title = حفاظت از داده‌ها
privacy-export = خروجی گرفتن از همهٔ داده‌های این فرد (JSON)
privacy-erase-hint = پاک‌سازی، همهٔ اطلاعات شخصی این فرد را برای همیشه از Tandem حذف می‌کند؛ فقط آمار بی‌نام باقی می‌ماند. لطفاً ابتدا تاندم‌های باز را به پایان برسانید.
privacy-erase-confirm = بله، داده‌های این فرد همین حالا پاک شود
privacy-erase = پاک کردن داده‌های شخصی
error-field-open-tandem = این فرد در یک تاندم باز است. لطفاً ابتدا آن را به پایان برسانید.
audit-title = گزارش ممیزی
audit-hint = چه کسی داده‌های چه کسی را دیده، تغییر داده، خروجی گرفته یا پاک کرده است؛ جدیدترین‌ها در بالا.
audit-empty = هنوز چیزی ثبت نشده است.
audit-when = زمان
audit-who = چه کسی
audit-what = چه کاری
audit-person = فرد
audit-action-viewed = مشاهده
audit-action-changed = تغییر
audit-action-exported = خروجی گرفتن
audit-action-erased = پاک‌سازی
