# machine-made translation: to be reviewed by a native speaker
# جفت‌یابی: دورها، پیشنهادها و لینک‌های شخصی (Matching runs, proposals and personal links).
matching-link = جفت‌یابی
matching-title = جفت‌یابی: { $value }
matching-back = بازگشت به فهرست‌های انتظار
matching-waiting = منتی‌های در انتظار
matching-places = جاهای خالی منتورها
matching-rules = قواعد این برنامه
matching-objective = هدف
objective-best-fit = بهترین تناسب کلی
objective-most-matched = بیشترین تعداد جفت، سپس تناسب
objective-stable = پایدار (هیچ دو نفری نیستند که هر دو ترجیح دهند با هم باشند)
objective-greedy = حریصانه (مبنای مقایسه)
matching-pins = باید با هم جفت شوند (جفت‌های ثابت)
matching-forbids = نباید با هم جفت شوند
matching-start = شروع دور جفت‌یابی
matching-runs = دورهای قبلی
matching-no-runs = هنوز هیچ دوری اجرا نشده است.
matching-no-mentees = هیچ منتی‌ای در انتظار نیست: چیزی برای جفت‌یابی وجود ندارد و چیزی تغییر نکرد.
matching-no-places = هیچ منتوری جای خالی ندارد: چیزی برای جفت‌یابی وجود ندارد و چیزی تغییر نکرد.
matching-unknown-person = یکی از افراد انتخاب‌شده دیگر در انتظار نیست یا جای خالی ندارد. لطفاً جفت‌های ثابت را بررسی کنید.
matching-pin-breaks = یک جفت ثابت یکی از قواعد این برنامه را نقض می‌کند: { $value }.
matching-pins-conflict = جفت‌های ثابت با هم سازگار نیستند (یک منتی دو بار ثابت شده، یا تعداد جفت‌ها از جاهای خالی یک منتور بیشتر است).
matching-draft-open = یک دور جفت‌یابی این برنامه هنوز منتظر تصمیم شماست. لطفاً ابتدا آن را ارسال یا لغو کنید.
choose = – انتخاب کنید –
rule-language-level = یک زبان مشترک در سطح { $value } یا بالاتر
rule-distance = { $count ->
    [one] حداکثر { $count } کیلومتر فاصله
   *[other] حداکثر { $count } کیلومتر فاصله
}
rule-online = آنلاین: فاصله اهمیتی ندارد
rule-common-time = دست‌کم یک زمان مشترک در هفته
rule-mentee-age = سن منتی: { $low } تا { $high } سال
rule-mentor-age = سن منتور: { $low } تا { $high } سال
rule-gender-wish = خواستهٔ هر دو طرف دربارهٔ جنسیت رعایت می‌شود
rule-name-shared_language = زبان مشترک
rule-name-distance = فاصله
rule-name-common_time = زمان مشترک
rule-name-gender_wish = ترجیح جنسیتی
rule-name-mentee_age = سن منتی
rule-name-mentor_age = سن منتور
rule-name-declined_before = ردِ قبلی
run-title = دور جفت‌یابی
run-back = بازگشت به جفت‌یابی
run-status-draft = پیش‌نویس: هنوز ارسال نشده
run-status-sent = ارسال‌شده
run-status-discarded = لغوشده
run-summary = { $matched } از { $mentees } جفت شدند · امتیاز { $score }
run-result = نتیجه
run-started-by = اجراکننده
run-matched = { $count ->
    [one] { $count } تاندم پیشنهادی
   *[other] { $count } تاندم پیشنهادی
}
run-places = { $count ->
    [one] { $count } جای خالی
   *[other] { $count } جای خالی
}
run-score = امتیاز کل { $count }
run-previous = در مقایسه با دور قبلی
run-compared = { $matched } تاندم، { $score } امتیاز
run-proposals = پیشنهادها
run-no-proposals = هیچ جفتی قواعد را برآورده نمی‌کند. در پایین آمده است که چرا هر منتی هنوز در انتظار است.
run-score-column = امتیاز
run-reasons = دلیل
run-actions = اقدامات
run-pinned = ثابت
run-keep = نگه داشتن
run-drop = حذف
run-waiting = هنوز در انتظار
run-nobody-waiting = همه پیشنهادی دریافت کردند.
run-send = ارسال پیشنهادها
run-discard = لغو این دور
proposal-state-proposed = پیشنهادشده
proposal-state-dropped = حذف‌شده
proposal-state-sent = ارسال‌شده
proposal-state-failed = ارسال نشد
reason-language = هر دو { $language } صحبت می‌کنند ({ $level })
reason-distance = { $count ->
    [one] { $count } کیلومتر فاصله
   *[other] { $count } کیلومتر فاصله
}
reason-interests = هر دو به { $value } علاقه دارند
reason-common-time = { $count ->
    [one] { $count } زمان مشترک
   *[other] { $count } زمان مشترک
}
reason-waited = { $count ->
    [one] { $count } روز در انتظار بوده
   *[other] { $count } روز در انتظار بوده
}
waiting-taken = { $count ->
    [one] { $count } منتور مناسب، که جایش به جفت بهتری رسید
   *[other] { $count } منتور مناسب، که جاهایشان به جفت‌های بهتری رسید
}
waiting-no-language = هیچ منتوری با جای خالی که { $value } صحبت کند وجود ندارد
waiting-too-far = { $count ->
    [one] هیچ منتوری با جای خالی در شعاع { $count } کیلومتری نیست
   *[other] هیچ منتوری با جای خالی در شعاع { $count } کیلومتری نیست
}
waiting-rule = هیچ منتوری با جای خالی این قاعده را برآورده نمی‌کند: { $value }
waiting-no-mentor = هیچ منتوری با جای خالی وجود ندارد
proposal-title = پیشنهاد تاندم برای شما
proposal-area = محل زندگی
proposal-shared-interests = علاقه‌مندی‌های مشترک شما
proposal-accept = بله، دوست دارم همدیگر را ببینیم
proposal-decline = نه، متشکرم
proposal-decline-reason = دلیل (اختیاری)
proposal-invalid = این لینک معتبر نیست. لطفاً از هماهنگ‌کنندهٔ خود لینک تازه‌ای بخواهید.
proposal-expired = مهلت این پیشنهاد به پایان رسیده است. هماهنگ‌کنندهٔ شما با شما تماس خواهد گرفت.
proposal-waiting-other = سپاسگزاریم! منتظر پاسخ طرف مقابل هستیم.
proposal-declined = این پیشنهاد رد شد. شما در فهرست انتظار باقی می‌مانید.
proposal-accepted = هر دو طرف پذیرفته‌اند. هماهنگ‌کنندهٔ شما برای هماهنگی نخستین دیدار با شما تماس خواهد گرفت.
proposal-thanks-accepted = از پاسخ شما سپاسگزاریم!
proposal-thanks-declined = از اینکه به ما خبر دادید سپاسگزاریم. شما در فهرست انتظار باقی می‌مانید.
proposal-already-answered = به این پیشنهاد قبلاً پاسخ داده شده است.
mail-proposal-subject = یک پیشنهاد تاندم برای شما
mail-proposal-body = سلام { $name }،

    می‌خواهیم { $other } را به شما معرفی کنیم. لطفاً نگاهی به پیشنهاد بیندازید و به ما بگویید آیا دوست دارید همدیگر را ببینید:

    { $link }

    این لینک شخصی است؛ لطفاً آن را در اختیار کس دیگری نگذارید. این لینک { $days } روز معتبر است.

    تیم Tandem

criteria-title = معیارهای جفت‌یابی: { $value }
criteria-link = معیارهای جفت‌یابی
criteria-saved = ذخیره شد. دور بعدی جفت‌یابی از این معیارها استفاده می‌کند.
criteria-rules = قواعد (هر جفت باید همهٔ آن‌ها را برآورده کند)
criteria-min-level = زبان مشترک دست‌کم در سطح
criteria-max-km = بیشترین فاصله به کیلومتر
criteria-max-km-hint = اگر فاصله اهمیتی ندارد (برنامه‌های آنلاین)، خالی بگذارید.
criteria-mentee-age = سن منتی‌ها
criteria-mentor-age = سن منتورها
criteria-from = از
criteria-to = تا
criteria-weights = وزن‌ها (هر بخش چقدر به حساب می‌آید)
criteria-weights-hint = امتیاز در حالت تناسب کامل، هر کدام از ۰ تا ۱۰۰۰ و روی هم حداکثر ۱۰۰۰.
criteria-weight-language = سطح زبان
criteria-weight-distance = مسیر کوتاه
criteria-weight-interests = علاقه‌مندی‌های مشترک
criteria-weight-common-time = زمان‌های مشترک
criteria-weight-waiting = مدت انتظار
error-field-range-1-500 = لطفاً عددی از ۱ تا ۵۰۰ وارد کنید یا این قسمت را خالی بگذارید.
error-field-range-0-1000 = لطفاً عددی از ۰ تا ۱۰۰۰ وارد کنید.
error-field-age-range = لطفاً دو سن بین ۰ تا ۱۲۰ وارد کنید، به‌طوری که اولی از دومی بیشتر نباشد، یا هر دو را خالی بگذارید.
error-field-weights-sum = مجموع وزن‌ها حداکثر می‌تواند ۱۰۰۰ باشد.
mail-reminder-subject = یادآوری: پیشنهاد تاندم شما
mail-reminder-body = سلام { $name }،

    ما { $other } را به شما پیشنهاد داده‌ایم و هنوز پاسخی از شما دریافت نکرده‌ایم. لطفاً به ما بگویید آیا دوست دارید همدیگر را ببینید:

    { $link }

    این لینک جدید جایگزین لینک قبلی می‌شود. مهلت این پیشنهاد { $days } روز دیگر به پایان می‌رسد.

    تیم Tandem
run-swap-hint = جابه‌جا کردن منتورهای دو پیشنهاد (هر دو جفت جدید باید قواعد را برآورده کنند).
run-swap-first = پیشنهاد اول
run-swap-second = پیشنهاد دوم
run-swap = جابه‌جا کردن منتورها
run-swap-breaks = جابه‌جایی ممکن نیست: یکی از جفت‌های جدید قاعدهٔ «{ $value }» را نقض می‌کند.

# Intake answers as matching criteria (machine translation)
rule-name-shared_answer = پاسخ مشترکی به یک پرسش الزامی وجود ندارد
reason-shared-answer = پاسخ یکسان به «{ $question }»: { $answers }
criteria-weight-answers = پاسخ‌های یکسان به پرسش‌های ترجیحی
criteria-answers = پرسش‌های ثبت‌نام به‌عنوان معیار
criteria-answers-hint = فقط پرسش‌های انتخابی که از هر دو طرف پرسیده می‌شوند قابل مقایسه‌اند. کسی که به پرسشی پاسخ نداده، به این دلیل نه کنار گذاشته می‌شود و نه ترجیح داده می‌شود.
criteria-answer-none = معیار نیست
criteria-answer-must_share = دست‌کم یک پاسخ مشترک لازم است
criteria-answer-prefer = ترجیح پاسخ‌های یکسان
