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
login-code-title = کد تأیید
login-code-setup-intro = حساب شما به عامل دوم نیاز دارد. یک بار آن را راه‌اندازی کنید: یک برنامهٔ احراز هویت را روی تلفن خود باز کنید (مثلاً FreeOTP، Aegis، Google Authenticator) و حسابی با این کلید بیفزایید.
login-code-secret = کلید:
login-code-app-link = مستقیم در برنامهٔ این تلفن باز شود
login-code-field = کد شش‌رقمی از برنامه
login-code-hint = کد هر ۳۰ ثانیه عوض می‌شود.
login-code-submit = تأیید
login-code-wrong = کد نادرست است یا منقضی شده. لطفاً کد کنونی را وارد کنید.
account-second-factor-title = عامل دوم
account-second-factor-on = ورود با کدی از برنامهٔ احراز هویت شما محافظت می‌شود.
account-second-factor-off = ورود شما فقط با رمز عبور محافظت می‌شود.
account-second-factor-setup = راه‌اندازی عامل دوم
