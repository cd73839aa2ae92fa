# machine-made translation: to be reviewed by a native speaker
# حساب شخصی: تغییر رمز عبور، محافظت از ورود.
account-title = حساب من
account-password-title = تغییر رمز عبور
account-current = رمز عبور کنونی
account-new = رمز عبور جدید
account-new-hint = دست‌کم ۱۲ نویسه؛ جمله‌ای از چند واژه آسان به خاطر می‌ماند و دشوار حدس زده می‌شود.
account-repeat = تکرار رمز عبور جدید
account-save = تغییر رمز عبور
account-changed = رمز عبور شما تغییر کرد. همه نشست‌های دیگر این حساب پایان یافت.
account-current-wrong = رمز عبور کنونی درست نیست.
account-repeat-differs = دو رمز عبور جدید یکسان نیستند.
login-too-many = تلاش‌های ناموفق ورود بیش از حد است. لطفاً یک ساعت دیگر دوباره تلاش کنید.
