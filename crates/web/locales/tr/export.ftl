# Export: the tandem sheet and file besides the people list.
export-sheet-people = Kişiler
export-sheet-tandems = Tandemler
export-tandems-csv = Tandemler CSV olarak (Excel dosyasında ikinci sayfadadır)
