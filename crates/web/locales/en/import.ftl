# Import and export: reading and writing lists of mentors and mentees.
import-link = Import or export a list
import-title = Import a list
import-back-to-people = Back to the list of people
import-file = File (CSV, XLSX or ODS)
import-file-hint = The first row holds the column headers, e.g. Role, First name, Last name, E-mail, Postal code, Languages, Birth year. CSV may be separated by comma, semicolon, tab or vertical bar, in UTF-8 or Windows-1252.
import-limits = At most { $megabytes } MB and { $rows } rows.
import-upload = Upload and check
import-no-file = Please choose a file.
import-export-title = Export
import-export-hint = Everyone in this programme, in the same columns the import reads – edit the file and bring it back in.
import-export-csv = Download as CSV
import-export-xlsx = Download as Excel file (XLSX)
import-review-title = Map the columns and check
import-other-file = Upload another file
import-file-summary = { $name }: { $format }, { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }
import-mapping-title = Columns
import-mapping-hint = The mapping is guessed from the headers. Correct it where needed and check again.
import-column = Column in the file
import-sample = First value
import-field = Meaning
import-field-ignore = (leave out)
import-field-role = Role (mentor/mentee)
import-field-first_name = First name
import-field-last_name = Last name
import-field-email = E-mail
import-field-phone = Phone
import-field-postal_code = Postal code
import-field-languages = Languages
import-field-birth_year = Birth year
import-field-gender = Gender
import-field-gender_preference = Gender preference
import-field-availability = Times
import-field-interests = Interests
import-field-goals = Goals
import-field-profession = Profession or school subjects
import-field-capacity = Capacity (mentees per mentor)
import-field-locale = Contact language
import-field-status = Status
import-field-notes = Coordinators' notes
import-skip = Leave out rows
import-skip-hint = Row numbers as the report gives them, e.g. 3, 7, 10-12.
import-check = Check again
import-report-title = Dry run
import-problems = { $count ->
    [one] One problem
   *[other] { $count } problems
}
import-duplicates = { $count ->
    [one] One duplicate
   *[other] { $count } duplicates
}
import-ready = { $count ->
    [one] All good: one person will be imported.
   *[other] All good: { $count } people will be imported.
}
import-blocked = Nothing is imported while there are problems or duplicates. Correct the file or leave the rows named out.
import-skip-suggested = Leave these rows out and check again
import-consent = I confirm that our organisation holds every listed person's consent to storing their data.
import-consent-missing = Please confirm the consents before importing.
import-run = Import all now
import-done-title = Import finished
import-done = { $count ->
    [one] One person was imported.
   *[other] { $count } people were imported.
}
import-problem = Row { $row }, column { $column }: '{ $value }' { $message }
import-problem-empty = Row { $row }, column { $column }: { $message }
import-duplicate-email-row = Row { $row }: the same e-mail as row { $other } ({ $value })
import-duplicate-email-existing = Row { $row }: the same e-mail as someone already in the programme ({ $value })
import-duplicate-name-row = Row { $row }: the same name and birth year as row { $other } ({ $value })
import-duplicate-name-existing = Row { $row }: the same name and birth year as someone already in the programme ({ $value })
import-mapping-missing = No column is mapped to "{ $field }"; it is required.
import-mapping-repeated = The columns { $columns } are all mapped to "{ $field }"; keep one.
import-code-required = is missing but required
import-code-too-long = is too long
import-code-too-many = has too many entries (at most 20)
import-code-email = is not an e-mail address
import-code-phone = is not a phone number
import-code-postal-code = is not a German postal code
import-code-language = names a language Tandem does not know (e.g. German, Arabic or codes like de, ar:native)
import-code-language-level = has a level other than A1–C2 or native
import-code-duplicate-language = names a language twice
import-code-availability = is not a list of times like "mon-evening, sat-morning"
import-code-choice = is not one of the allowed values
import-code-birth-year = is not a birth year between 1900 and today
import-code-range-1-10 = is not a number from 1 to 10
import-code-role = is neither mentor nor mentee
import-code-status = is not a status (registered, screened, ready, withdrawn, alumni)
import-code-status-needs-tandem = cannot be imported: "matched" needs a tandem; use "ready"
import-code-locale = is not a language code like de, en, ar
import-error-file-too-large = The file is too large; the limit is { $limit }.
import-error-too-many-rows = The table has too many rows; the limit is { $limit }. Split the list.
import-error-too-many-columns = The table has too many columns; the limit is { $limit }.
import-error-unpacked-too-large = The spreadsheet unpacks to more than { $limit } and is not read.
import-error-empty = The file is empty or has no header row.
import-error-legacy-excel = Old Excel files (.xls) are not read. Save the sheet as .xlsx, .ods or CSV.
import-error-unreadable = The file cannot be read as CSV, XLSX or ODS.
import-running-title = Import running
import-running = { $done } of { $total } rows written …
import-running-hint = This page refreshes itself. Nothing shows until the end: the list is imported completely or not at all.
import-failed-title = Import not possible
import-failed = The import failed; nobody was imported. Please try again later.
import-failed-duplicate = Someone on the list has registered with the same e-mail address in the meantime; nobody was imported. Please check the list again.
