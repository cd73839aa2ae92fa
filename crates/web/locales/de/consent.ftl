# Einwilligungen je Zweck, die eigene Datenseite und Anfragen zu Daten mit ihren Fristen.
nav-requests = Datenanfragen
consent-purpose-participation = Teilnahme am Programm
consent-purpose-participation-hint = Wir speichern Ihre Anmeldung, schlagen Ihnen ein Tandem vor und schreiben Ihnen dazu (auch kurze Nachfragen, wie es läuft). Ohne diese Einwilligung können Sie nicht teilnehmen.
consent-purpose-impact_surveys = Befragungen zur Wirkung
consent-purpose-impact_surveys-hint = Zu Beginn und am Ende des Tandems ein kurzer Fragebogen; die Antworten gehen nur zusammengefasst und ohne Namen in Berichte an Förderer ein. Freiwillig.
consent-purpose-event_news = Hinweise auf Veranstaltungen
consent-purpose-event_news-hint = E-Mails zu Treffen, Schulungen und Festen der Organisation. Freiwillig.
consent-channel-web_form = Online-Formular
consent-channel-paper = Papierformular
consent-channel-in_person = persönlich oder am Telefon
consent-channel-email = E-Mail
consent-by-person = die Person selbst
consent-by-guardian = Erziehungsberechtigte oder Vormund
request-kind-access = Auskunft über die Daten
request-kind-erasure = Löschung
request-kind-end_participation = Teilnahme beenden (Tandem läuft noch)
consent-state-none = nicht erteilt
consent-state-given = erteilt am { $date } ({ $channel }, { $by }, Text { $version })
consent-state-withdrawn = widerrufen am { $date } ({ $channel }, { $by })
mail-registered-subject = Ihre Anmeldung bei { $programme }
mail-registered-body =
    Guten Tag { $name },

    vielen Dank für Ihre Anmeldung bei { $programme }. Wir melden uns bei Ihnen, sobald wir ein passendes Tandem gefunden haben.

    Unter diesem persönlichen Link sehen Sie jederzeit, was wir über Sie gespeichert haben, können Ihre Daten herunterladen, Einwilligungen geben oder widerrufen und die Löschung verlangen:
    { $link }

    Bitte geben Sie den Link nicht weiter.
me-title = Meine Daten
me-intro = Das haben wir über Sie gespeichert. Sie können Ihre Daten herunterladen, Einwilligungen geben oder widerrufen und die Löschung verlangen.
me-status = Stand
me-download = Alle meine Daten herunterladen (JSON)
me-consents-title = Meine Einwilligungen
me-withdraw = Widerrufen
me-give = Einwilligen
me-erasure-title = Daten löschen lassen
me-erasure-hint = Wir löschen Ihre Daten innerhalb eines Monats. Läuft Ihr Tandem noch, beenden wir es vorher mit Ihnen.
me-erasure-confirm = Ja, ich möchte, dass meine Daten gelöscht werden.
me-erasure-submit = Löschung verlangen
me-erasure-requested = Sie haben am { $received } die Löschung verlangt. Sie wird spätestens am { $due } erledigt.
me-erasure-confirm-missing = Bitte bestätigen Sie mit dem Häkchen, dass Ihre Daten gelöscht werden sollen.
me-withdrawn-left = Ihr Widerruf ist gespeichert. Sie nehmen nicht mehr teil und bekommen von uns keine Vorschläge mehr.
me-withdrawn-tandem = Ihr Widerruf ist gespeichert. Weil Ihr Tandem noch läuft, meldet sich Ihre Ansprechperson, um es zu beenden.
consents-link = Einwilligungen
consents-back = Zurück zur Person
consents-now = Stand der Einwilligungen
consents-record = Einwilligung oder Widerruf eintragen
consents-purpose = Zweck
consents-what = Was
consents-given = erteilt
consents-withdrawn = widerrufen
consents-by = Von wem
consents-channel = Wie
consents-save = Eintragen
consents-history = Verlauf
consents-date = Datum
consent-effect-left = Eingetragen. Die Person ist aus dem Pool genommen; noch nicht versandte E-Mails an sie wurden verworfen.
consent-effect-tandem = Eingetragen. Die Person ist in einem Tandem: Bitte beenden Sie es; die Anfrage steht unter „Datenanfragen“.
requests-title = Datenanfragen
requests-intro = Auskunft, Löschung und Widerrufe müssen innerhalb eines Monats erledigt sein. Überfällige stehen hervorgehoben.
requests-open = Offen
requests-none-open = Keine offenen Anfragen.
requests-person = Person
requests-kind = Anfrage
requests-received = Eingegangen
requests-due = Frist
requests-done = Erledigt
requests-overdue = überfällig
requests-completed = Erledigt
requests-completed-on = Erledigt am
requests-source-self = über ihre Datenseite
requests-source-staff = eingetragen vom Team
requests-erased-person = (gelöscht)
register-consent-optional = Freiwillig: Sie können das jederzeit ändern.
