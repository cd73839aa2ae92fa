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
