# Veranstaltungen: Kalender, Anmeldung, Warteliste, Liste am Einlass.
nav-events = Veranstaltungen
nav-staff-events = Unsere Veranstaltungen
events-title = Veranstaltungen
events-intro = Konferenzen, Infoabende, Schulungen für Mentor*innen und Treffen des Bündnisses und seiner Organisationen.
events-empty = Zurzeit sind keine Veranstaltungen geplant.
event-kind-conference = Konferenz
event-kind-information_evening = Infoabend
event-kind-training = Schulung für Mentor*innen
event-kind-get_together = Treffen
event-alliance = Niedersachsen packt an (Bündnis)
event-online = Online
event-online-link-later = Den Link erhalten Sie mit Ihrer Bestätigung.
event-when = Wann
event-where = Wo
event-time = Zeit
event-session = Programmpunkt
event-programme = Programm
event-places = Plätze
event-places-left = { $count ->
    [one] Noch { $count } Platz frei
   *[other] Noch { $count } Plätze frei
}
event-fully-booked = { $count ->
    [0] Ausgebucht – Anmeldung auf die Warteliste
    [one] Ausgebucht – { $count } Person auf der Warteliste
   *[other] Ausgebucht – { $count } Personen auf der Warteliste
}
event-add-to-calendar = In den Kalender (.ics)
event-register = Anmelden
event-field-name = Ihr Name
event-field-organisation = Ihre Organisation (freiwillig)
event-field-accessibility = Barrierefreiheit
event-field-accessibility-hint = Z. B. stufenloser Zugang, Gebärdensprache, Kinderbetreuung. Nur die Veranstalter sehen das.
event-already-registered = Diese E-Mail-Adresse ist für diese Veranstaltung schon angemeldet. Der Link in Ihrer Bestätigung zeigt Ihre Anmeldung.
event-details = Zur Veranstaltung
event-you-are-confirmed = Sie sind angemeldet. Wir freuen uns auf Sie!
event-you-are-waiting = Die Veranstaltung ist ausgebucht: Sie sind Nummer { $position } auf der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.
event-you-cancelled = Ihre Anmeldung ist storniert.
event-cancel-hint = Sie können doch nicht kommen? Bitte stornieren Sie, damit jemand von der Warteliste Ihren Platz bekommt.
event-cancel = Meine Anmeldung stornieren
event-status-confirmed = Angemeldet
event-status-waiting = Warteliste
event-status-cancelled = Storniert
staff-events-title = Unsere Veranstaltungen
staff-events-empty = Sie haben noch keine Veranstaltungen angelegt.
event-new = Neue Veranstaltung
event-edit = Bearbeiten
event-csv = Anmeldungen (CSV)
event-public-page = Öffentliche Seite
event-door-list = Liste am Einlass
event-present = { $count ->
    [one] { $count } Person anwesend
   *[other] { $count } Personen anwesend
}
event-present-yes = Anwesend
event-mark-present = Als anwesend markieren
event-no-registrations = Noch niemand hat sich angemeldet.
event-form-title = Veranstaltung
event-field-title = Titel
event-field-date = Datum
event-field-start = Beginn
event-field-end = Ende
event-field-online-url = Link zur Online-Teilnahme (https://…)
event-field-sessions-hint = Ein Programmpunkt pro Zeile: 10:00-10:30 | Titel | Mitwirkende
event-field-published = Veröffentlicht: im Kalender sichtbar und offen für Anmeldungen
csv-name = Name
csv-email = E-Mail
csv-organisation = Organisation
csv-accessibility = Barrierefreiheit
csv-status = Status
csv-attended = Anwesend
csv-registered-at = Angemeldet am
mail-event-subject = Ihre Anmeldung: { $event }
mail-event-confirmed-body = Hallo { $name },

    Sie sind für „{ $event }“ ({ $when }) angemeldet.

    Ihre Anmeldung – und stornieren, falls Sie nicht kommen können: { $link }
mail-event-waiting-body = Hallo { $name },

    „{ $event }“ ist ausgebucht: Sie sind Nummer { $position } auf der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und wir sagen Ihnen Bescheid.

    Ihre Anmeldung – und stornieren: { $link }
mail-event-promoted-body = Hallo { $name },

    gute Nachricht: Ein Platz ist frei geworden, Sie sind jetzt für „{ $event }“ ({ $when }) angemeldet.
error-field-date = Bitte geben Sie ein Datum ein (JJJJ-MM-TT).
error-field-time = Bitte geben Sie eine Uhrzeit ein (HH:MM).
error-field-end-before-start = Das Ende muss nach dem Beginn liegen.
error-field-place-or-link = Bitte geben Sie einen Ort, einen Link zur Online-Teilnahme oder beides an.
error-field-range-1-5000 = Bitte geben Sie eine Zahl zwischen 1 und 5.000 ein.
error-field-session-lines = Diese Programmzeilen konnten nicht gelesen werden: { $lines }. Schreiben Sie sie als 10:00-10:30 | Titel | Mitwirkende.
person-trainings = Besuchte Schulungen
person-trainings-none = Noch keine Schulung besucht. Die Anwesenheit wird an der Tür einer Schulung unter „Veranstaltungen“ abgehakt.
