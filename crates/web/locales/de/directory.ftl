# Das öffentliche Verzeichnis, die Karte, Profile der Organisationen und das Kontaktformular.
directory-search-label = Programme suchen
directory-postal-code = Ihre Postleitzahl
directory-radius = Entfernung
directory-radius-option = im Umkreis von { $km } km
directory-text = Suchbegriffe
directory-more-filters = Weitere Filter
directory-any = Alle
directory-language = Sprache
directory-seeking = Gesucht werden
directory-seeking-mentors = Sucht Mentor*innen (Ehrenamtliche)
directory-seeking-mentees = Sucht Mentees
directory-seeks-both = Sucht Mentor*innen und Mentees
directory-seeks-mentors = Sucht Mentor*innen
directory-seeks-mentees = Sucht Mentees
directory-district = Landkreis
directory-reset = Alle zeigen
directory-search = Suchen
directory-none = Kein Programm passt zu dieser Suche. Versuchen Sie eine größere Entfernung oder weniger Filter.
directory-distance = { $km } km entfernt
directory-found = { $count ->
    [one] { $count } Programm
   *[other] { $count } Programme
}
directory-found-near = { $count ->
    [one] { $count } Programm im Umkreis von { $km } km um { $place }
   *[other] { $count } Programme im Umkreis von { $km } km um { $place }
}
programme-target-group = Für wen
programme-how-to-join = So machen Sie mit
programme-contact = Kontakt
programmes-count = { $count ->
    [one] { $count } Programm
   *[other] { $count } Programme
}
map-title = Programme auf der Karte
map-intro = Wählen Sie einen Landkreis, um seine Programme zu sehen, oder einen Punkt für die Programme in der Nähe.
map-caption = Niedersachsen mit seinen Landkreisen; Punkte sind Programme.
map-districts = Landkreise mit Programmen
map-online = { $count ->
    [one] { $count } Programm arbeitet online
   *[other] { $count } Programme arbeiten online
}
map-link = Karte
organisation-logo = Logo
organisation-website = Website
organisation-partners = Wir suchen Partner
organisation-programmes = Programme
organisation-no-programmes = Zurzeit ist kein Programm veröffentlicht.
contact-title = Kontakt
contact-hint = Ihre Nachricht geht per E-Mail an die Organisation; sie antwortet Ihnen direkt. Ihre Angaben werden nur dafür verwendet.
contact-name = Ihr Name
contact-email = Ihre E-Mail-Adresse
contact-message = Ihre Nachricht
contact-send = Nachricht senden
contact-sent = Vielen Dank, Ihre Nachricht wurde gesendet.
contact-no-address = Diese Organisation ist über Tandem noch nicht erreichbar.
mail-contact-subject = Nachricht über Tandem von { $name }
mail-contact-body = { $name } hat { $organisation } über das Tandem-Verzeichnis geschrieben. Antworten Sie auf diese E-Mail, um direkt zu antworten.

    { $message }
profile-title = Unser Profil auf der Projektmesse
profile-view = Profil ansehen
profile-website = Website (https://…)
profile-partner-note = Wir suchen Partner für …
profile-partner-note-hint = Erscheint in Ihrem Profil, damit andere Programme Sie finden.
profile-contact-email = Adresse für das Kontaktformular
profile-contact-email-hint = Wird nie angezeigt: Besucher*innen schreiben über ein Formular, Antworten gehen direkt an sie.
profile-logo = Logo
profile-logo-remove = Logo entfernen
profile-logo-hint = PNG oder JPEG, höchstens { $kb } KB. Es wird verkleinert und neu gespeichert.
listing-title = { $name } im Verzeichnis
listing-intro = Was das öffentliche Verzeichnis über dieses Programm zeigt, über die Beschreibung hinaus.
listing-contact-hint = Sprechzeiten, eine Telefonnummer oder eine Webadresse – keine persönlichen E-Mail-Adressen.
saved = Gespeichert.
nav-map = Karte
nav-profile = Profil
error-field-postal-code-unknown = Diese Postleitzahl kennen wir nicht. Bitte prüfen Sie sie (fünf Ziffern, z. B. 30159).
error-field-range-1-300 = Bitte wählen Sie eine Entfernung zwischen 1 und 300 km.
error-field-web-address = Bitte geben Sie eine Webadresse ein, die mit https:// beginnt.
error-field-message-length = Bitte schreiben Sie zwischen 10 und 5.000 Zeichen.
error-field-logo-not-image = Diese Datei ist kein PNG- oder JPEG-Bild.
error-field-logo-too-large = Die Datei ist zu groß: höchstens { $kb } KB.
listing-link = Verzeichniseintrag
