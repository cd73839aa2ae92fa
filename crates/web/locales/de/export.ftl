# Export: the tandem sheet and file besides the people list.
export-sheet-people = Personen
export-sheet-tandems = Tandems
export-tandems-csv = Tandems als CSV (die Excel-Datei enthält sie als zweites Blatt)
