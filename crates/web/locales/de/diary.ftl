# Tagebücher der Mentor*innen: Einträge nach Treffen, Kommentare der Koordination.
diary-title = Tagebuch mit { $value }
diary-hello = Hallo { $value }, schreiben Sie nach jedem Treffen auf, was Sie gemacht haben und wie es war.
diary-private = Dieses Tagebuch lesen nur Sie und die Koordination des Programms.
diary-saved = Gespeichert. Danke!
diary-new = Neuer Eintrag
diary-field-date = Datum des Treffens
diary-field-minutes = Dauer in Minuten
diary-field-activities = Was wir gemacht haben
diary-field-how = Wie es war
diary-save = Eintrag speichern
diary-entries = Einträge
diary-none = Noch keine Einträge.
diary-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
diary-comment-by = Kommentar von { $value }
diary-written-by = Geschrieben von { $value }
diary-back-to-meetings = Zurück zum Treffen-Protokoll
diary-coordinator-title = Tagebuch
diary-back-to-tandem = Zurück zum Tandem
diary-comment = Ihr Kommentar an die*den Mentor*in
diary-comment-save = Kommentar speichern
