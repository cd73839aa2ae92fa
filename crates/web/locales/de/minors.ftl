# Minderjährige und Führungszeugnisse: Geburtsdatum, Sorgeberechtigte und Einwilligung, der Nachweis nach §72a.
minors-section = Kind oder Jugendliche*r
minors-birth-date = Geburtsdatum
minors-age = { $count ->
    [one] { $count } Jahr alt
   *[other] { $count } Jahre alt
}
minors-guardian = Elternteil oder Vormund
minors-guardian-name = Name des Elternteils oder Vormunds
minors-guardian-relation = Beziehung zum Kind
minors-guardian-phone = Telefon der*des Sorgeberechtigten
minors-guardian-email = E-Mail der*des Sorgeberechtigten
minors-relation-parent = Elternteil
minors-relation-legal_guardian = Vormund
minors-consent = Einwilligung der Sorgeberechtigten
minors-consent-given-by = Einwilligung erteilt von
minors-consent-given-on = Einwilligung erteilt am
minors-consent-channel = Wie die Einwilligung erteilt wurde
minors-channel-paper = Schriftlich
minors-channel-in_person = Persönlich
minors-channel-online = Online
minors-nomination = Vorgeschlagen von (Schule oder Lehrkraft)
minors-nomination-hint = Freiwillig: die Schule oder Lehrkraft, die das Kind vorgeschlagen hat.
minors-renewal-due = { $count ->
   *[other] Jetzt { $count } Jahre alt: Die Einwilligung muss erneuert werden.
}
minors-consent-missing = Unter 18 ohne Einwilligung der Sorgeberechtigten: bleibt „registriert“ und kann nicht vermittelt werden.
minors-edit-guardian = Geburtsdatum, Sorgeberechtigte und Einwilligung
minors-guardian-title = Geburtsdatum und Sorgeberechtigte
minors-guardian-hint = Tragen Sie das Geburtsdatum ein. Bei Personen unter 18 auch den Elternteil oder Vormund, wie er erreichbar ist, und seine Einwilligung.
minors-guardian-needed-hint = Bei Personen unter 18 nötig: Name, Beziehung und Telefonnummer oder E-Mail-Adresse.
minors-back-to-person = Zurück zum Profil
minors-certificate-title = Führungszeugnis (§72a SGB VIII)
minors-certificate-hint = Halten Sie nur fest, was Sie gesehen haben: wann Sie das erweiterte Führungszeugnis eingesehen haben, sein Ausstellungsdatum und ob es einen einschlägigen Eintrag enthält. Bewahren Sie keine Kopie auf.
minors-inspected-on = Eingesehen am
minors-certificate-dated = Ausgestellt am
minors-certificate-dated-hint = Bei der Einsichtnahme darf es höchstens drei Monate alt sein.
minors-relevant-entry = Einschlägiger Eintrag
minors-yes = Ja
minors-no = Nein
minors-inspected-by = Eingesehen von
minors-renew-by = Erneuern bis
minors-renewal = Erneuerung
minors-renewal-soon = Bald fällig: Bitten Sie um ein neues Führungszeugnis.
minors-clearance-valid = Führungszeugnis: gültig
minors-clearance-not_valid = Führungszeugnis: nicht gültig
minors-clearance-missing = Führungszeugnis: fehlt
minors-record-certificate = Einsichtnahme eintragen
minors-register-legend = Kind oder Jugendliche*r unter 18
minors-register-hint = Bei Personen unter 18 füllt ein Elternteil oder der Vormund diesen Teil aus und willigt ein.
minors-register-consent = Ich bin Elternteil oder Vormund und willige in die Anmeldung und die Speicherung der Daten für das Programm ein.
minors-error-birth-date-needed = Bitte geben Sie das vollständige Geburtsdatum an; unter 18 brauchen wir auch einen Elternteil oder Vormund.
minors-error-consent = Ein Elternteil oder der Vormund muss einwilligen.
minors-mail-renewal-subject = Einwilligung für die Patenschaft: bitte erneuern
minors-mail-renewal-body = Guten Tag,

    { $name } ist jetzt { $age } Jahre alt. Bitte erneuern Sie Ihre Einwilligung für die Patenschaft beim Team des Programms; es meldet sich bei Ihnen, oder antworten Sie einfach auf diese E-Mail.
minors-mail-renewal-body-adult = Hallo { $name },

    du bist jetzt { $age } Jahre alt und entscheidest selbst. Bitte sag dem Team des Programms, ob du weitermachen möchtest; antworte einfach auf diese E-Mail.
rule-name-certificate_of_conduct = Führungszeugnis
error-field-guardian-consent-missing = Unter 18: Die Einwilligung eines Elternteils oder Vormunds fehlt.
error-field-certificate-missing = Für diese*n Mentor*in ist kein Führungszeugnis eingetragen; ein Kind kann nicht mit ihr*ihm verbunden werden.
error-field-certificate-not-valid = Das Führungszeugnis dieser*dieses Mentor*in ist nicht gültig; ein Kind kann nicht mit ihr*ihm verbunden werden.
error-field-certificate-too-old = Das Führungszeugnis war bei der Einsichtnahme älter als drei Monate.
error-field-certificate-after-inspection = Das Führungszeugnis kann nicht nach der Einsichtnahme ausgestellt sein.
error-field-future-date = Dieses Datum liegt in der Zukunft.
error-field-birth-date = Bitte prüfen Sie das Geburtsdatum.
error-field-birth-year-mismatch = Das Geburtsdatum passt nicht zum Geburtsjahr.
error-field-guardian-contact = Bitte geben Sie eine Telefonnummer oder E-Mail-Adresse der*des Sorgeberechtigten an.
