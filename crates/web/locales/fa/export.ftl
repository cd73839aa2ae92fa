# Export: the tandem sheet and file besides the people list.
export-sheet-people = افراد
export-sheet-tandems = تاندم‌ها
export-tandems-csv = تاندم‌ها به صورت CSV (فایل Excel آن‌ها را در برگه دوم دارد)
