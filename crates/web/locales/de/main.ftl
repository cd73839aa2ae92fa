# Tandem – deutsche Oberfläche (Standardsprache der öffentlichen Seiten).

## Rahmen
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Start
nav-coordinator = Koordination
nav-tandems = Tandems
nav-programmes = Programme
nav-staff = Team
nav-alliance = Bündnis
language-label = Sprache
login = Anmelden
logout = Abmelden
footer-text = Tandem – Patenschaften, Mentoring und Tandems für Geflüchtete und Zugewanderte in Niedersachsen.
back-home = Zur Startseite
yes = ja
no = nein
save = Speichern
name = Name
programme = Programm
created = Angelegt
waiting = Wartet seit

## Fehlerseiten
error-title = Das hat nicht geklappt
error-not-found = Diese Seite gibt es nicht – oder Sie haben keinen Zugriff darauf.
error-forbidden = Dafür fehlt Ihrem Konto die Berechtigung.
error-conflict = Dieser Schritt ist im aktuellen Zustand nicht möglich. Es wurde nichts geändert.
error-invalid = Die Angaben sind unvollständig oder ungültig. Es wurde nichts geändert.
error-too-large = Die gesendeten Daten sind zu groß.
error-internal = Etwas ist schiefgelaufen. Bitte versuchen Sie es später noch einmal.
error-storage-full = Der Speicher des Servers ist voll. Es wurde nichts gespeichert; bisherige Daten sind unverändert. Bitte versuchen Sie es später noch einmal und informieren Sie die Betreuung der Plattform.

## Startseite und Programme
home-title = Programme in Ihrer Nähe
home-intro = Patenschaften, Lernpatenschaften und Mentoring: Finden Sie ein Programm und machen Sie mit – als Mentee oder als Ehrenamtliche*r.
home-empty = Zurzeit sind keine Programme veröffentlicht.
programme-languages = Sprachen
programme-region = Gebiet
programme-duration = Geplante Dauer
region-online = online
months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
register-as-mentee = Ich suche Begleitung (Mentee)
register-as-mentor = Ich möchte begleiten (Mentor*in)

## Registrierung
register-title-mentee = Anmeldung als Mentee
register-title-mentor = Anmeldung als Mentor*in
register-about-you = Über Sie
register-more = Was Sie mitbringen und suchen
register-submit = Anmeldung absenden
form-has-errors = Bitte prüfen Sie die markierten Felder.
consent-text = Ich bin einverstanden, dass der Träger dieses Programms meine Angaben speichert, um eine passende Tandem-Partnerschaft zu finden. Ich kann diese Einwilligung jederzeit widerrufen.
error-consent = Ohne Ihre Einwilligung können wir Ihre Anmeldung nicht speichern.
error-already-registered = Mit dieser E-Mail-Adresse ist bereits jemand in diesem Programm angemeldet.
registered-title = Vielen Dank für Ihre Anmeldung!
registered-text = Wir haben Ihre Anmeldung erhalten. Das Team des Programms meldet sich bei Ihnen, um Sie kennenzulernen.
field-first-name = Vorname
field-last-name = Nachname
field-email = E-Mail
field-phone = Telefon (freiwillig)
field-postal-code = Postleitzahl
field-birth-year = Geburtsjahr
field-gender = Geschlecht
field-gender-preference = Ich wünsche mir als Tandem-Partner*in
field-languages = Sprachen
field-language = Sprache
field-level = Niveau
field-availability = Wann haben Sie Zeit?
field-interests = Interessen (mit Komma getrennt)
field-goals = Ziele (mit Komma getrennt)
field-profession = Beruf, Studium oder Schulfächer
field-capacity = Wie viele Menschen möchten Sie begleiten? (freiwillig)
field-password = Passwort
field-initial-password = Erstes Passwort (mindestens 12 Zeichen)
field-name = Name
field-city = Ort
field-kind = Art
field-description = Beschreibung
field-region = Gebiet
field-region-hint = „online“ oder Postleitzahlen, mit Komma getrennt, z. B. 30159, 30161
field-programme-languages = Sprachen des Programms
field-programme-languages-hint = ISO-Sprachcodes, mit Komma getrennt, z. B. de, ar, uk
field-duration-months = Geplante Dauer in Monaten
field-mentor-capacity = Mentees je Mentor*in
field-published = Veröffentlicht
field-published-hint = Im öffentlichen Verzeichnis zeigen und Anmeldungen annehmen
field-role = Rolle

## Anmeldung
login-title = Anmelden
login-failed = E-Mail-Adresse oder Passwort stimmen nicht.

## Koordination
coordinator-title = Koordination
coordinator-empty = Ihre Organisation hat noch keine Programme.
waiting-mentees = Wartende Mentees
waiting-mentors = Verfügbare Mentor*innen
to-screen = Neu angemeldet
all-people = Alle Personen
people-title = Personen
people-empty = Keine Personen gefunden.
filter-side = Seite
filter-status = Status
filter-search = Suche
filter-all = alle
filter-apply = Anzeigen
days-waiting = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
side-mentor = Mentor*in
side-mentee = Mentee
back-to-list = zur Liste
person-registered = Angemeldet am
person-consent = Einwilligung (Fassung · Sprache · Datum)
screening = Prüfung
screen-to-screened = Als geprüft markieren
screen-to-ready = Freigeben (wartet auf Tandem)
screen-to-withdrawn = Zurückgezogen
screen-to-registered = Wieder aufnehmen
notes = Notizen der Koordination
notes-hint = Nur für die Koordination Ihrer Organisation sichtbar.
tandem-new-title = Tandem bilden
tandem-new-empty = Es gibt gerade keine freigegebenen Mentees oder Mentor*innen mit freien Plätzen.
tandem-propose = Tandem vorschlagen
tandems-title = Tandems
tandems-empty = Keine Tandems gefunden.
tandem-title = Tandem
tandem-mentor-accepted = Mentor*in hat zugestimmt
tandem-mentee-accepted = Mentee hat zugestimmt
end-reason = Grund für das Ende
pager-label = Seiten
pager-previous = Zurück
pager-next = Weiter
pager-position = Seite { $page } von { $pages } ({ $total } insgesamt)

## Aktionen im Tandem
action-accept_mentor = Zusage der Mentor*in eintragen
action-accept_mentee = Zusage der Mentee eintragen
action-decline_mentor = Absage der Mentor*in eintragen
action-decline_mentee = Absage der Mentee eintragen
action-start = Tandem starten
action-pause = Pausieren
action-resume = Fortsetzen
action-complete = Erfolgreich abschließen
action-end_early = Vorzeitig beenden

## Verwaltung der Organisation
admin-programmes-title = Programme
admin-programmes-empty = Noch keine Programme. Legen Sie das erste an.
admin-programme-new = Neues Programm
admin-programme-edit = Programm bearbeiten
admin-staff-title = Team
admin-staff-empty = Noch niemand im Team.
admin-staff-new = Person ins Team aufnehmen
role-alliance_admin = Bündnisbüro
role-org_admin = Leitung der Organisation
role-coordinator = Koordination
role-mentor = Mentor*in
role-mentee = Mentee

## Bündnis
alliance-title = Bündnis „Niedersachsen packt an“
alliance-statewide = Landesweit
alliance-people = Personen nach Status
alliance-tandems = Tandems nach Status
alliance-programmes = { $count ->
    [one] { $count } Programm
   *[other] { $count } Programme
} in allen Organisationen.
alliance-organisations = Mitgliedsorganisationen
alliance-organisations-empty = Noch keine Organisationen.
alliance-new-organisation = Organisation aufnehmen

## Arten von Programmen
kind-buddy = Patenschaft / Tandem
kind-learning = Lernpatenschaft
kind-career = Berufliches Mentoring

## Sprachen
lang-de = Deutsch
lang-en = Englisch
lang-ar = Arabisch
lang-uk = Ukrainisch
lang-ru = Russisch
lang-fa = Persisch (Farsi)
lang-prs = Dari
lang-kmr = Kurdisch (Kurmandschi)
lang-ckb = Kurdisch (Sorani)
lang-tr = Türkisch
lang-ti = Tigrinya
lang-ps = Paschtu
lang-so = Somali
lang-fr = Französisch
lang-es = Spanisch
lang-pl = Polnisch
lang-ro = Rumänisch
lang-sq = Albanisch
lang-ku = Kurdisch
level-a1 = A1 – Anfänger
level-a2 = A2 – Grundkenntnisse
level-b1 = B1 – Mittelstufe
level-b2 = B2 – gute Kenntnisse
level-c1 = C1 – sehr gut
level-c2 = C2 – fließend
level-native = Muttersprache

## Verfügbarkeit
weekday-0 = Montag
weekday-1 = Dienstag
weekday-2 = Mittwoch
weekday-3 = Donnerstag
weekday-4 = Freitag
weekday-5 = Samstag
weekday-6 = Sonntag
slot-0 = vormittags
slot-1 = nachmittags
slot-2 = abends

## Geschlecht
gender-female = weiblich
gender-male = männlich
gender-diverse = divers
gender-not_stated = keine Angabe
gender-preference-any = egal
gender-preference-same_gender = gleiches Geschlecht
gender-preference-female = eine Frau
gender-preference-male = ein Mann

## Status von Personen
status-registered = angemeldet
status-screened = geprüft
status-ready = wartet
status-matched = im Tandem
status-alumni = ehemalig
status-withdrawn = zurückgezogen

## Status von Tandems
tandem-status-proposed = vorgeschlagen
tandem-status-accepted = angenommen
tandem-status-active = aktiv
tandem-status-paused = pausiert
tandem-status-completed = abgeschlossen
tandem-status-ended_early = vorzeitig beendet
tandem-status-declined = abgelehnt

## Gründe für ein vorzeitiges Ende
end-reason-moved_away = weggezogen
end-reason-no_time = keine Zeit mehr
end-reason-not_a_good_fit = passte nicht
end-reason-goal_reached = Ziel vorzeitig erreicht
end-reason-no_contact = kein Kontakt mehr
end-reason-other = anderer Grund
end-reason-detail = Was ist passiert? (bei „anderer Grund“)
end-reason-detail-hint = Nur für „anderer Grund“ und dann nötig: ein kurzer Satz, höchstens 200 Zeichen. Sichtbar für die Koordination; wird bei einer Löschung entfernt.

## Feldfehler
error-field-postal-code = Bitte eine deutsche Postleitzahl mit 5 Ziffern angeben.
error-field-language = Diese Sprache kennen wir nicht.
error-field-language-level = Bitte ein Sprachniveau wählen.
error-field-duplicate-language = Jede Sprache bitte nur einmal angeben.
error-field-required = Bitte ausfüllen.
error-field-email = Bitte eine gültige E-Mail-Adresse angeben.
error-field-birth-year = Bitte ein Geburtsjahr mit 4 Ziffern angeben.
error-field-choice = Bitte einen der angebotenen Werte wählen.
error-field-availability = Bitte gültige Zeiten wählen.
error-field-too-long = Dieser Text ist zu lang.
error-field-too-short = Dieser Text ist zu kurz.
error-field-too-many = Bitte höchstens 20 Einträge.
error-field-phone = Bitte eine Telefonnummer mit Ziffern angeben.
error-field-range-1-10 = Bitte eine Zahl von 1 bis 10.
error-field-range-1-60 = Bitte eine Zahl von 1 bis 60.
error-field-region = Bitte „online“ oder Postleitzahlen mit 5 Ziffern angeben.
error-field-password-too-short = Das Passwort braucht mindestens 12 Zeichen.
error-field-password-too-common = Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern.
error-field-role-organisation = Diese Rolle braucht eine Organisation.
error-field-taken = Das ist schon vergeben.
error-field-not-a-mentor = Die gewählte Person ist keine Mentor*in.
error-field-not-a-mentee = Die gewählte Person ist keine Mentee.
error-field-other-programme = Beide müssen im selben Programm sein.
error-field-not-available = Die Person wartet gerade nicht auf ein Tandem.
error-field-mentor-full = Diese Mentor*in hat keinen freien Platz mehr.
error-field-illegal-move = Dieser Schritt ist im aktuellen Zustand nicht möglich.

# Tandems with several mentors or mentees
members-title = Weitere Mentor*innen und Mentees
members-none = Dieses Tandem hat nur eine Mentorin oder einen Mentor und ein Mentee.
members-remove = Aus dem Tandem nehmen
members-add-label = Person hinzufügen
members-hint = Wie viele Mentor*innen und Mentees ein Tandem haben darf, legen die Regeln des Programms fest; für jede weitere Mentorin und jeden weiteren Mentor gelten alle Regeln (Pflichtfortbildungen, freie Plätze, Führungszeugnis bei Minderjährigen).
members-add = Hinzufügen
rules-max-mentors = Mentor*innen je Tandem (1–3)
rules-max-mentees = Mentees je Tandem (1–12, z. B. eine Familie)
error-field-tandem-closed = Dieses Tandem ist beendet.
error-field-already-in-tandem = Diese Person gehört schon zu diesem Tandem.
error-field-tandem-full = Die Regeln des Programms erlauben in diesem Tandem niemanden mehr auf dieser Seite.
error-field-range-1-3 = Bitte eine Zahl von 1 bis 3 angeben.
error-field-range-1-12 = Bitte eine Zahl von 1 bis 12 angeben.
