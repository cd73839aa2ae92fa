# Export: the tandem sheet and file besides the people list.
export-sheet-people = Люди
export-sheet-tandems = Тандеми
export-tandems-csv = Тандеми як CSV (файл Excel містить їх на другому аркуші)
