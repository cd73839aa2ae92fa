# Begleitung: das persönliche Treffen-Protokoll, Check-ins, gefährdete Tandems und ihre Mails.
nav-at-risk = Gefährdete Tandems
followup-meetings-title = Unsere Treffen: Sie und { $value }
followup-meetings-hello = Hallo { $value }, tragen Sie hier jedes Treffen ein, das dauert eine Minute. So sieht Ihre Koordination, wie das Tandem läuft, und zählt die ehrenamtlichen Stunden.
followup-log-heading = Treffen eintragen
followup-field-date = Datum
followup-field-minutes = Dauer in Minuten
followup-field-minutes-hint = Zum Beispiel 60 für eine Stunde, 90 für anderthalb Stunden.
followup-field-kind = Wie haben Sie sich getroffen?
followup-kind-in-person = Persönlich
followup-kind-online = Online oder am Telefon
followup-field-note = Notiz (freiwillig)
followup-field-note-hint = Ein paar Worte, höchstens 500 Zeichen. Ihre Koordination kann sie lesen.
followup-log-save = Treffen speichern
followup-log-saved = Danke, das Treffen ist gespeichert.
followup-not-running = Dieses Tandem läuft gerade nicht; Treffen können nicht eingetragen werden.
followup-so-far = Bisher
followup-mentees-heading = Mit wem Sie sich treffen
followup-mentees-private = Das sehen nur die Mentorinnen und Mentoren dieses Tandems und die Koordination.
followup-totals = { $count ->
    [0] Noch keine Treffen eingetragen.
    [one] { $count } Treffen, { $hours } Stunden.
   *[other] { $count } Treffen, { $hours } Stunden.
}
followup-minutes = { $count } Min.
followup-logged-by = Eingetragen von
followup-logged-by-coordinator = Koordination
followup-check-in-title = Wie läuft Ihr Tandem?
followup-check-in-hello = Hallo { $name }, Ihr Tandem mit { $other } ist an einem Meilenstein angekommen ({ $point }). Vier kurze Fragen – Ihre Antworten sieht nur Ihre Koordination.
followup-point-4w = nach 4 Wochen
followup-point-3m = nach 3 Monaten
followup-point-6m = nach 6 Monaten
followup-point-end = zum Abschluss
followup-question-mood = Wie läuft es?
followup-mood-1 = 1 – schlecht
followup-mood-2 = 2 – nicht so gut
followup-mood-3 = 3 – es geht
followup-mood-4 = 4 – gut
followup-mood-5 = 5 – sehr gut
followup-question-regular = Treffen Sie sich regelmäßig?
followup-yes = Ja
followup-no = Nein
followup-question-comment = Möchten Sie uns etwas mitteilen? (freiwillig)
followup-question-call-me = Ich möchte, dass die Koordination mich anruft.
followup-check-in-send = Antworten senden
followup-check-in-saved = Danke! Ihre Antworten sind gespeichert. Mit diesem Link können Sie sie jederzeit ändern.
followup-at-risk-title = Gefährdete Tandems
followup-at-risk-intro = Laufende Tandems ohne Treffen in letzter Zeit, mit einer besorgniserregenden Check-in-Antwort oder mit einer Bitte um Rückruf.
followup-at-risk-empty = Gerade braucht kein Tandem Aufmerksamkeit.
followup-at-risk-count = { $count ->
    [one] { $count } Tandem braucht Aufmerksamkeit
   *[other] { $count } Tandems brauchen Aufmerksamkeit
}
followup-last-meeting = Letztes Treffen
followup-reasons = Warum
followup-never = noch keins
followup-reason-no-meeting = { $count ->
    [one] Seit { $count } Woche kein Treffen
   *[other] Seit { $count } Wochen kein Treffen
}
followup-reason-bad-check-in = Check-in: „{ $mood }“{ $regular ->
    [no] , sie treffen sich nicht regelmäßig
   *[yes] {""}
}
followup-reason-call-requested = Bittet um Rückruf
followup-settings-heading = Wann ist ein Tandem gefährdet?
followup-settings-weeks = { $value }: gefährdet nach so vielen Wochen ohne Treffen
followup-settings-save = Speichern
followup-settings-saved = Die Einstellung ist gespeichert.
followup-tandem-title = Treffen und Check-ins
followup-back-to-tandem = Zurück zum Tandem
followup-started = Begonnen
followup-meetings-heading = Treffen
followup-no-meetings = Noch keine Treffen eingetragen.
followup-check-ins-heading = Check-in-Antworten
followup-no-check-ins = Noch keine Check-in-Antworten.
followup-check-in-point = Check-in
followup-side = Seite
followup-call-me-short = Rückruf erbeten
followup-answered = Beantwortet
followup-resolve-hint = Haben Sie mit ihnen gesprochen? Markieren Sie die Antworten als erledigt; das Tandem verschwindet dann von der Liste der gefährdeten Tandems (außer es gibt neue Gründe).
followup-resolve = Erledigt
followup-tandem-link = Treffen und Check-ins
error-field-meeting-in-future = Das Datum liegt in der Zukunft. Bitte tragen Sie Treffen ein, die stattgefunden haben.
error-field-meeting-before-start = Das Datum liegt vor dem Beginn des Tandems.
error-field-meeting-duration-positive = Bitte geben Sie eine Dauer von mindestens einer Minute an.
error-field-meeting-duration-too-long = Höchstens 720 Minuten (12 Stunden) pro Treffen.
error-field-meeting-duration-number = Bitte geben Sie die Dauer als Zahl in Minuten an.
error-field-meeting-note-too-long = Die Notiz darf höchstens 500 Zeichen haben.
error-field-range-1-52 = Bitte geben Sie eine Zahl von 1 bis 52 Wochen an.
error-field-tandem-not-running = Dieses Tandem läuft nicht.
mail-followup-log-subject = Ihr Tandem: Treffen eintragen
mail-followup-log-body = Hallo { $name },

    Ihr Tandem mit { $other } hat begonnen – wir wünschen Ihnen beiden eine gute Zeit!

    Bitte tragen Sie nach jedem Treffen hier ein, wann, wie lange und ob persönlich oder online (das dauert eine Minute):
    { $link }

    Heben Sie diesen Link auf; er ist persönlich und braucht kein Passwort.
mail-followup-reminder-subject = Haben Sie sich in letzter Zeit getroffen?
mail-followup-reminder-body = Hallo { $name },

    seit { $days } Tagen ist kein Treffen mit { $other } eingetragen. Wenn Sie sich getroffen haben, tragen Sie es bitte hier ein:
    { $link }

    Wenn etwas im Weg steht, antworten Sie einfach oder rufen Sie Ihre Koordination an.
mail-followup-check-in-subject = Wie läuft Ihr Tandem?
mail-followup-check-in-body = Hallo { $name },

    Ihr Tandem mit { $other } ist an einem Meilenstein angekommen ({ $point }). Bitte sagen Sie uns mit vier kurzen Fragen, wie es läuft:
    { $link }

    Ihre Antworten sieht nur Ihre Koordination.
dashboard-link = Übersicht für { $value }
dashboard-title = Übersicht: { $value }
dashboard-from = Von (Monat)
dashboard-to = Bis (Monat)
dashboard-waiting-mentees = Wartende Mentees
dashboard-waiting-mentors = Wartende Mentor*innen
dashboard-running-now = Heute laufende Tandems
dashboard-retention = Haltequote
dashboard-retention-value = { $ended ->
        [one] { $completed } von { $ended } beendeten Tandem hat sein geplantes Ende erreicht ({ $percent } %)
       *[other] { $completed } von { $ended } beendeten Tandems { $completed ->
            [one] hat sein
           *[other] haben ihr
        } geplantes Ende erreicht ({ $percent } %)
    }
dashboard-retention-none = Noch kein Tandem ist beendet.
dashboard-meetings-period = Treffen im Zeitraum
dashboard-hours-period = Ehrenamtliche Stunden im Zeitraum
dashboard-waiting-under-1 = unter 1 Monat
dashboard-waiting-1-3 = 1 bis 3 Monate
dashboard-waiting-3-6 = 3 bis 6 Monate
dashboard-waiting-over-6 = über 6 Monate
dashboard-chart-running = Laufende Tandems am Ende jedes Monats
dashboard-chart-hours = Ehrenamtliche Stunden pro Monat
dashboard-chart-moods = Check-in-Antworten nach Stimmung (1 schlecht – 5 sehr gut)
dashboard-charts-hint = Die Diagramme zeigen die Zahlen der Tabellen unten.
dashboard-table-caption = Tandems, Treffen und Stunden pro Monat
dashboard-month = Monat
dashboard-running = Laufend am Monatsende
dashboard-started = Begonnen
dashboard-ended = Beendet
dashboard-meetings = Treffen
dashboard-per-tandem = Treffen pro laufendem Tandem
dashboard-hours = Stunden
dashboard-csv = Tabelle als CSV herunterladen
dashboard-waiting-caption = Wartende nach Zeit seit der Anmeldung
dashboard-waiting-time = Wartezeit
dashboard-moods-caption = Check-in-Antworten im Zeitraum nach Stimmung
dashboard-answers = Antworten
dashboard-district = Landkreis (des Mentees)
dashboard-organisation-link = Übersicht über alle unsere Programme
dashboard-short = Auswertung
