# machine-made translation: to be reviewed by a native speaker
# الحساب الشخصي: تغيير كلمة المرور وحماية تسجيل الدخول.
account-title = حسابي
account-password-title = تغيير كلمة المرور
account-current = كلمة المرور الحالية
account-new = كلمة المرور الجديدة
account-new-hint = 12 حرفًا على الأقل؛ الجملة المكوّنة من عدة كلمات سهلة التذكّر وصعبة التخمين.
account-repeat = أعد كتابة كلمة المرور الجديدة
account-save = تغيير كلمة المرور
account-changed = تم تغيير كلمة المرور. أُنهيت جميع الجلسات الأخرى لهذا الحساب.
account-current-wrong = كلمة المرور الحالية غير صحيحة.
account-repeat-differs = كلمتا المرور الجديدتان غير متطابقتين.
login-too-many = محاولات تسجيل دخول فاشلة كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ساعة.
login-code-title = رمز التأكيد
login-code-setup-intro = يتطلّب حسابك عاملًا ثانيًا. أعدّه مرة واحدة: افتح تطبيق مصادقة على هاتفك (مثل FreeOTP أو Aegis أو Google Authenticator) وأضف حسابًا بهذا المفتاح.
login-code-secret = المفتاح:
login-code-app-link = افتحه مباشرة في التطبيق على هذا الهاتف
login-code-field = الرمز المكوّن من ستة أرقام من التطبيق
login-code-hint = يتغيّر الرمز كل 30 ثانية.
login-code-submit = تأكيد
login-code-wrong = الرمز غير صحيح أو انتهت صلاحيته. يُرجى إدخال الرمز الحالي.
account-second-factor-title = العامل الثاني
account-second-factor-on = تسجيل الدخول محميّ برمز من تطبيق المصادقة.
account-second-factor-off = تسجيل دخولك محميّ بكلمة المرور فقط.
account-second-factor-setup = إعداد عامل ثانٍ
