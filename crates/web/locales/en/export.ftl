# Export: the tandem sheet and file besides the people list.
export-sheet-people = People
export-sheet-tandems = Tandems
export-tandems-csv = Tandems as CSV (the Excel file has them on its second sheet)
