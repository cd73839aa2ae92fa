# Export: the tandem sheet and file besides the people list.
export-sheet-people = الأشخاص
export-sheet-tandems = الثنائيات
export-tandems-csv = الثنائيات بصيغة CSV (ملف Excel يحتويها في الورقة الثانية)
