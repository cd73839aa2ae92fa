# machine-made translation: to be reviewed by a native speaker
# حماية البيانات: التصدير والمحو وسجل التدقيق (Data protection: export, erasure, audit trail).
nav-audit = سجل التدقيق
privacy-title = حماية البيانات
privacy-export = تصدير جميع بيانات هذا الشخص (JSON)
privacy-erase-hint = يؤدي المحو إلى إزالة جميع البيانات الشخصية لهذا الشخص من Tandem نهائيًا؛ ولا يبقى سوى أعداد مجهولة الهوية. يُرجى إنهاء الثنائيات المفتوحة أولًا.
privacy-erase-confirm = نعم، امحُ بيانات هذا الشخص الآن
privacy-erase = محو البيانات الشخصية
error-field-open-tandem = هذا الشخص في ثنائي مفتوح. يُرجى إنهاء الثنائي أولًا.
audit-title = سجل التدقيق
audit-hint = من اطّلع على بيانات مَن أو غيّرها أو صدّرها أو محاها، الأحدث أولًا.
audit-empty = لم يُسجَّل شيء بعد.
audit-when = متى
audit-who = مَن
audit-what = ماذا
audit-person = الشخص
audit-action-viewed = اطّلاع
audit-action-changed = تعديل
audit-action-exported = تصدير
audit-action-erased = محو
