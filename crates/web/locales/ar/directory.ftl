# machine-made translation: to be reviewed by a native speaker
# الدليل العام والخريطة والملفات التعريفية للمنظمات ونموذج التواصل (The public directory, the map, organisation profiles and the contact form).
directory-search-label = البحث عن برامج
directory-postal-code = رمزك البريدي
directory-radius = المسافة
directory-radius-option = في نطاق { $km } كم
directory-text = كلمات البحث
directory-more-filters = مزيد من عوامل التصفية
directory-any = الكل
directory-language = اللغة
directory-seeking = يبحث عن
directory-seeking-mentors = يبحث عن مرشدين (متطوعين)
directory-seeking-mentees = يبحث عن مستفيدين
directory-seeks-both = يبحث عن مرشدين ومستفيدين
directory-seeks-mentors = يبحث عن مرشدين
directory-seeks-mentees = يبحث عن مستفيدين
directory-district = المقاطعة
directory-reset = عرض الكل
directory-search = بحث
directory-none = لا يوجد برنامج يطابق هذا البحث. جرّب مسافة أكبر أو عددًا أقل من عوامل التصفية.
directory-distance = على بُعد { $km } كم
directory-found = { $count ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $count } برامج
    [many] { $count } برنامجًا
   *[other] { $count } برنامج
}
directory-found-near = { $count ->
    [zero] لا توجد برامج في نطاق { $km } كم حول { $place }
    [one] برنامج واحد في نطاق { $km } كم حول { $place }
    [two] برنامجان في نطاق { $km } كم حول { $place }
    [few] { $count } برامج في نطاق { $km } كم حول { $place }
    [many] { $count } برنامجًا في نطاق { $km } كم حول { $place }
   *[other] { $count } برنامج في نطاق { $km } كم حول { $place }
}
programme-target-group = الفئة المستهدفة
programme-how-to-join = كيفية المشاركة
programme-contact = التواصل
programmes-count = { $count ->
    [zero] لا توجد برامج
    [one] برنامج واحد
    [two] برنامجان
    [few] { $count } برامج
    [many] { $count } برنامجًا
   *[other] { $count } برنامج
}
map-title = البرامج على الخريطة
map-intro = اختر مقاطعة لرؤية برامجها، أو نقطة لرؤية البرامج القريبة منها.
map-caption = ولاية سكسونيا السفلى ومقاطعاتها؛ النقاط هي البرامج.
map-districts = المقاطعات التي فيها برامج
map-online = { $count ->
    [zero] لا توجد برامج تعمل عبر الإنترنت
    [one] برنامج واحد يعمل عبر الإنترنت
    [two] برنامجان يعملان عبر الإنترنت
    [few] { $count } برامج تعمل عبر الإنترنت
    [many] { $count } برنامجًا تعمل عبر الإنترنت
   *[other] { $count } برنامج تعمل عبر الإنترنت
}
map-link = الخريطة
organisation-logo = الشعار
organisation-website = الموقع الإلكتروني
organisation-partners = نبحث عن شركاء
organisation-programmes = البرامج
organisation-no-programmes = لا يوجد برنامج منشور حاليًا.
contact-title = التواصل
contact-hint = تصل رسالتك إلى المنظمة عبر البريد الإلكتروني، وهي تردّ عليك مباشرةً. لا تُستخدم بياناتك إلا لهذا الغرض.
contact-name = اسمك
contact-email = عنوان بريدك الإلكتروني
contact-message = رسالتك
contact-send = إرسال الرسالة
contact-sent = شكرًا لك، تم إرسال رسالتك.
contact-no-address = لا يمكن التواصل مع هذه المنظمة عبر Tandem بعد.
mail-contact-subject = رسالة من { $name } عبر Tandem
mail-contact-body = وصلت إلى { $organisation } رسالة من { $name } عبر دليل Tandem. للردّ مباشرةً، يكفي أن تردّوا على هذه الرسالة الإلكترونية.

    { $message }
profile-title = ملفنا التعريفي في معرض المشاريع
profile-view = عرض الملف التعريفي
profile-website = الموقع الإلكتروني (https://…)
profile-partner-note = نبحث عن شركاء من أجل …
profile-partner-note-hint = يظهر في ملفك التعريفي حتى تتمكن البرامج الأخرى من العثور عليك.
profile-contact-email = العنوان الخاص بنموذج التواصل
profile-contact-email-hint = لا يُعرض أبدًا: يكتب الزوار عبر نموذج، وتصل الردود إليهم مباشرةً.
profile-logo = الشعار
profile-logo-remove = إزالة الشعار
profile-logo-hint = PNG أو JPEG، بحجم { $kb } كيلوبايت كحد أقصى. يتم تصغيره وحفظه من جديد.
listing-title = { $name } في الدليل
listing-intro = ما يعرضه الدليل العام عن هذا البرنامج، إضافةً إلى وصفه.
listing-contact-hint = أوقات الاستقبال أو رقم هاتف أو عنوان موقع إلكتروني – بدون عناوين بريد إلكتروني شخصية.
saved = تم الحفظ.
nav-map = الخريطة
nav-profile = الملف التعريفي
error-field-postal-code-unknown = لا نعرف هذا الرمز البريدي. يُرجى التحقق منه (خمسة أرقام، مثل 30159).
error-field-range-1-300 = يُرجى اختيار مسافة من 1 إلى 300 كم.
error-field-web-address = يُرجى إدخال عنوان موقع إلكتروني يبدأ بـ https://
error-field-message-length = يُرجى كتابة نص يتراوح طوله بين 10 و5000 حرف.
error-field-logo-not-image = هذا الملف ليس صورة بصيغة PNG أو JPEG.
error-field-logo-too-large = الملف كبير جدًا: الحد الأقصى { $kb } كيلوبايت.
listing-link = بيانات الدليل
