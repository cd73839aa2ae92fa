# Import und Export: Listen von Mentor*innen und Mentees einlesen und ausgeben.
import-link = Liste importieren oder exportieren
import-title = Liste importieren
import-back-to-people = Zurück zur Personenliste
import-file = Datei (CSV, XLSX oder ODS)
import-file-hint = Die erste Zeile enthält die Spaltenüberschriften, z. B. Rolle, Vorname, Nachname, E-Mail, PLZ, Sprachen, Geburtsjahr. CSV darf Komma, Semikolon, Tabulator oder senkrechten Strich trennen, in UTF-8 oder Windows-1252.
import-limits = Höchstens { $megabytes } MB und { $rows } Zeilen.
import-upload = Hochladen und prüfen
import-no-file = Bitte wählen Sie eine Datei aus.
import-export-title = Exportieren
import-export-hint = Alle Personen dieses Programms in denselben Spalten, die der Import liest – die Datei lässt sich bearbeiten und wieder einlesen.
import-export-csv = Als CSV herunterladen
import-export-xlsx = Als Excel-Datei (XLSX) herunterladen
import-review-title = Spalten zuordnen und prüfen
import-other-file = Andere Datei hochladen
import-file-summary = { $name }: { $format }, { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }
import-mapping-title = Spalten
import-mapping-hint = Die Zuordnung ist aus den Überschriften geraten. Korrigieren Sie sie bei Bedarf und prüfen Sie erneut.
import-column = Spalte in der Datei
import-sample = Erster Wert
import-field = Bedeutung
import-field-ignore = (nicht übernehmen)
import-field-role = Rolle (Mentor/Mentee)
import-field-first_name = Vorname
import-field-last_name = Nachname
import-field-email = E-Mail
import-field-phone = Telefon
import-field-postal_code = Postleitzahl
import-field-languages = Sprachen
import-field-birth_year = Geburtsjahr
import-field-gender = Geschlecht
import-field-gender_preference = Geschlechtswunsch
import-field-availability = Zeiten
import-field-interests = Interessen
import-field-goals = Ziele
import-field-profession = Beruf oder Schulfächer
import-field-capacity = Kapazität (Mentees je Mentor*in)
import-field-locale = Kontaktsprache
import-field-status = Status
import-field-notes = Notizen der Koordination
import-skip = Zeilen auslassen
import-skip-hint = Zeilennummern wie im Bericht, z. B. 3, 7, 10-12.
import-check = Erneut prüfen
import-report-title = Probelauf
import-problems = { $count ->
    [one] Ein Problem
   *[other] { $count } Probleme
}
import-duplicates = { $count ->
    [one] Eine Dublette
   *[other] { $count } Dubletten
}
import-ready = { $count ->
    [one] Alles in Ordnung: eine Person wird importiert.
   *[other] Alles in Ordnung: { $count } Personen werden importiert.
}
import-blocked = Solange es Probleme oder Dubletten gibt, wird nichts importiert. Korrigieren Sie die Datei oder lassen Sie die genannten Zeilen aus.
import-skip-suggested = Diese Zeilen auslassen und erneut prüfen
import-consent = Ich bestätige, dass unsere Organisation von jeder Person in dieser Liste eine Einwilligung in die Speicherung ihrer Daten hat.
import-consent-missing = Bitte bestätigen Sie die Einwilligungen, bevor Sie importieren.
import-run = Jetzt alle importieren
import-done-title = Import abgeschlossen
import-done = { $count ->
    [one] Eine Person wurde importiert.
   *[other] { $count } Personen wurden importiert.
}
import-problem = Zeile { $row }, Spalte { $column }: „{ $value }“ { $message }
import-problem-empty = Zeile { $row }, Spalte { $column }: { $message }
import-duplicate-email-row = Zeile { $row }: dieselbe E-Mail wie Zeile { $other } ({ $value })
import-duplicate-email-existing = Zeile { $row }: dieselbe E-Mail wie eine Person, die schon im Programm ist ({ $value })
import-duplicate-name-row = Zeile { $row }: derselbe Name und dasselbe Geburtsjahr wie Zeile { $other } ({ $value })
import-duplicate-name-existing = Zeile { $row }: derselbe Name und dasselbe Geburtsjahr wie eine Person, die schon im Programm ist ({ $value })
import-mapping-missing = Keine Spalte ist „{ $field }“ zugeordnet; diese Angabe ist nötig.
import-mapping-repeated = Die Spalten { $columns } sind alle „{ $field }“ zugeordnet; behalten Sie eine.
import-code-required = fehlt, ist aber nötig
import-code-too-long = ist zu lang
import-code-too-many = hat zu viele Einträge (höchstens 20)
import-code-email = ist keine E-Mail-Adresse
import-code-phone = ist keine Telefonnummer
import-code-postal-code = ist keine deutsche Postleitzahl
import-code-language = nennt eine unbekannte Sprache (z. B. Deutsch, Arabisch oder Kürzel wie de, ar:native)
import-code-language-level = hat ein anderes Niveau als A1–C2 oder Muttersprache
import-code-duplicate-language = nennt eine Sprache doppelt
import-code-availability = ist keine Liste von Zeiten wie „Mo abends, Sa vormittags“
import-code-choice = ist keiner der erlaubten Werte
import-code-birth-year = ist kein Geburtsjahr zwischen 1900 und heute
import-code-range-1-10 = ist keine Zahl von 1 bis 10
import-code-role = ist weder Mentor noch Mentee
import-code-status = ist kein Status (registered, screened, ready, withdrawn, alumni)
import-code-status-needs-tandem = geht nicht: „matched“ braucht ein Tandem; verwenden Sie „ready“
import-code-locale = ist kein Sprachkürzel wie de, en, ar
import-error-file-too-large = Die Datei ist zu groß; erlaubt sind höchstens { $limit }.
import-error-too-many-rows = Die Tabelle hat zu viele Zeilen; erlaubt sind höchstens { $limit }. Teilen Sie die Liste auf.
import-error-too-many-columns = Die Tabelle hat zu viele Spalten; erlaubt sind höchstens { $limit }.
import-error-unpacked-too-large = Die Tabellendatei ist entpackt größer als { $limit } und wird nicht gelesen.
import-error-empty = Die Datei ist leer oder hat keine Überschriftenzeile.
import-error-legacy-excel = Alte Excel-Dateien (.xls) werden nicht gelesen. Speichern Sie die Tabelle als .xlsx, .ods oder CSV.
import-error-unreadable = Die Datei lässt sich nicht als CSV, XLSX oder ODS lesen.
import-running-title = Import läuft
import-running = { $done } von { $total } Zeilen geschrieben …
import-running-hint = Diese Seite aktualisiert sich selbst. Bis zum Ende wird nichts sichtbar: Die Liste wird ganz oder gar nicht importiert.
import-failed-title = Import nicht möglich
import-failed = Der Import ist fehlgeschlagen; es wurde niemand importiert. Bitte versuchen Sie es später noch einmal.
import-failed-duplicate = Inzwischen hat sich jemand aus der Liste mit derselben E-Mail-Adresse angemeldet; es wurde niemand importiert. Bitte prüfen Sie die Liste noch einmal.
