# machine-made translation: to be reviewed by a native speaker
# يوميات المرشدين: مدخلات بعد اللقاءات وتعليقات المنسق (Mentors' diaries).
diary-title = اليوميات مع { $value }
diary-hello = مرحبًا { $value }، اكتب بعد كل لقاء ماذا فعلتما وكيف كان.
diary-private = لا يقرأ هذه اليوميات إلا أنت ومنسقو البرنامج.
diary-saved = تم الحفظ. شكرًا!
diary-new = مدخل جديد
diary-field-date = تاريخ اللقاء
diary-field-minutes = المدة بالدقائق
diary-field-activities = ماذا فعلنا
diary-field-how = كيف كان
diary-save = حفظ المدخل
diary-entries = المدخلات
diary-none = لا توجد مدخلات بعد.
diary-minutes = { $count ->
   *[other] { $count } دقيقة
}
diary-comment-by = تعليق من { $value }
diary-written-by = كتبه { $value }
diary-back-to-meetings = العودة إلى سجل اللقاءات
diary-coordinator-title = اليوميات
diary-back-to-tandem = العودة إلى الثنائي
diary-comment = تعليقك للمرشد
diary-comment-save = حفظ التعليق
