# machine-made translation: to be reviewed by a native speaker
# دفترچهٔ روزانهٔ منتورها: یادداشت پس از دیدارها، نظر هماهنگ‌کننده (Mentors' diaries).
diary-title = دفترچه با { $value }
diary-hello = سلام { $value }، پس از هر دیدار بنویسید چه کردید و چطور گذشت.
diary-private = این دفترچه را فقط شما و هماهنگ‌کنندگان برنامه می‌خوانند.
diary-saved = ذخیره شد. سپاس!
diary-new = یادداشت تازه
diary-field-date = تاریخ دیدار
diary-field-minutes = مدت به دقیقه
diary-field-activities = چه کردیم
diary-field-how = چطور گذشت
diary-save = ذخیرهٔ یادداشت
diary-entries = یادداشت‌ها
diary-none = هنوز یادداشتی نیست.
diary-minutes = { $count ->
   *[other] { $count } دقیقه
}
diary-comment-by = نظر از { $value }
diary-written-by = نوشتهٔ { $value }
diary-back-to-meetings = بازگشت به فهرست دیدارها
diary-coordinator-title = دفترچه
diary-back-to-tandem = بازگشت به تاندم
diary-comment = نظر شما برای منتور
diary-comment-save = ذخیرهٔ نظر
