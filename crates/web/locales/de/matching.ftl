# Matching-Läufe, Vorschläge und persönliche Links.
matching-link = Matching
matching-title = Matching: { $value }
matching-back = Zurück zu den Wartelisten
matching-waiting = Wartende Mentees
matching-places = Freie Mentor-Plätze
matching-rules = Regeln dieses Programms
matching-objective = Ziel
objective-best-fit = Beste Passung insgesamt
objective-most-matched = Möglichst viele Tandems, dann Passung
objective-stable = Stabil (niemand wäre lieber gemeinsam mit jemand anderem)
objective-greedy = Gierig (Vergleichswert)
matching-pins = Muss zusammen (feste Paare)
matching-forbids = Darf nicht zusammen
matching-start = Matching starten
matching-runs = Frühere Läufe
matching-no-runs = Noch kein Lauf.
matching-no-mentees = Niemand wartet: Es gibt nichts zu matchen, nichts wurde verändert.
matching-no-places = Kein Mentor hat einen freien Platz: Es gibt nichts zu matchen, nichts wurde verändert.
matching-unknown-person = Eine gewählte Person wartet nicht mehr oder hat keinen freien Platz. Bitte die festen Paare prüfen.
matching-pin-breaks = Ein festes Paar verletzt eine Regel dieses Programms: { $value }.
matching-pins-conflict = Die festen Paare passen nicht zusammen (ein Mentee doppelt, oder mehr Paare als ein Mentor Plätze hat).
matching-draft-open = Ein Lauf dieses Programms wartet noch auf Ihre Entscheidung. Bitte erst versenden oder verwerfen.
choose = – auswählen –
rule-language-level = Eine gemeinsame Sprache mindestens auf Niveau { $value }
rule-distance = { $count ->
    [one] Höchstens { $count } km Entfernung
   *[other] Höchstens { $count } km Entfernung
}
rule-online = Online: Entfernung spielt keine Rolle
rule-common-time = Mindestens eine gemeinsame Zeit in der Woche
rule-mentee-age = Mentee { $low }–{ $high } Jahre alt
rule-mentor-age = Mentor { $low }–{ $high } Jahre alt
rule-gender-wish = Geschlechtswünsche beider Seiten werden beachtet
rule-name-shared_language = gemeinsame Sprache
rule-name-distance = Entfernung
rule-name-common_time = gemeinsame Zeit
rule-name-gender_wish = Geschlechtswunsch
rule-name-mentee_age = Alter Mentee
rule-name-mentor_age = Alter Mentor
rule-name-declined_before = früher abgelehnt
run-title = Matching-Lauf
run-back = Zurück zum Matching
run-status-draft = Entwurf: noch nicht versendet
run-status-sent = Versendet
run-status-discarded = Verworfen
run-summary = { $matched } von { $mentees } vermittelt · Punkte { $score }
run-result = Ergebnis
run-started-by = Gestartet von
run-matched = { $count ->
    [one] { $count } Tandem vorgeschlagen
   *[other] { $count } Tandems vorgeschlagen
}
run-places = { $count ->
    [one] { $count } freier Platz
   *[other] { $count } freie Plätze
}
run-score = Gesamtpunkte { $count }
run-previous = Verglichen mit dem vorigen Lauf
run-compared = { $matched ->
        [one] { $matched } Tandem
       *[other] { $matched } Tandems
    }, { $score ->
        [one] { $score } Punkt
       *[other] { $score } Punkte
    }
run-proposals = Vorschläge
run-no-proposals = Kein Paar erfüllt die Regeln. Unten steht, warum jede Person noch wartet.
run-score-column = Punkte
run-reasons = Warum
run-actions = Aktionen
run-pinned = fest
run-keep = Behalten
run-drop = Streichen
run-waiting = Warten weiter
run-nobody-waiting = Alle haben einen Vorschlag bekommen.
run-send = Vorschläge versenden
run-discard = Lauf verwerfen
proposal-state-proposed = vorgeschlagen
proposal-state-dropped = gestrichen
proposal-state-sent = versendet
proposal-state-failed = konnte nicht versendet werden
reason-language = beide sprechen { $language } ({ $level })
reason-distance = { $count ->
    [one] { $count } km entfernt
   *[other] { $count } km entfernt
}
reason-interests = beide mögen { $value }
reason-common-time = { $count ->
    [one] { $count } gemeinsame Zeit
   *[other] { $count } gemeinsame Zeiten
}
reason-waited = { $count ->
    [one] wartet seit { $count } Tag
   *[other] wartet seit { $count } Tagen
}
waiting-taken = { $count ->
    [one] { $count } passende Person, deren Platz an ein besseres Paar ging
   *[other] { $count } passende Personen, deren Plätze an bessere Paare gingen
}
waiting-no-language = kein Mentor mit freiem Platz, der { $value } spricht
waiting-too-far = { $count ->
    [one] kein Mentor mit freiem Platz im Umkreis von { $count } km
   *[other] kein Mentor mit freiem Platz im Umkreis von { $count } km
}
waiting-rule = kein Mentor mit freiem Platz erfüllt die Regel: { $value }
waiting-no-mentor = kein Mentor mit freiem Platz
proposal-title = Ihr Tandem-Vorschlag
proposal-area = Wohnt in
proposal-shared-interests = Sie beide mögen
proposal-accept = Ja, ich möchte mich gern treffen
proposal-decline = Nein, danke
proposal-decline-reason = Grund (freiwillig)
proposal-invalid = Dieser Link ist nicht gültig. Bitte fragen Sie Ihre Koordination nach einem neuen.
proposal-expired = Dieser Vorschlag ist abgelaufen. Ihre Koordination meldet sich bei Ihnen.
proposal-waiting-other = Danke! Wir warten noch auf die Antwort der anderen Person.
proposal-declined = Dieser Vorschlag wurde abgelehnt. Sie bleiben auf der Warteliste.
proposal-accepted = Beide haben zugesagt. Ihre Koordination meldet sich für das erste Treffen.
proposal-thanks-accepted = Danke für Ihre Antwort!
proposal-thanks-declined = Danke, dass Sie uns Bescheid geben. Sie bleiben auf der Warteliste.
proposal-already-answered = Dieser Vorschlag wurde schon beantwortet.
mail-proposal-subject = Ein Tandem-Vorschlag für Sie
mail-proposal-body = Hallo { $name },

    wir möchten Ihnen { $other } vorstellen. Bitte schauen Sie sich den Vorschlag an und sagen Sie uns, ob Sie sich treffen möchten:

    { $link }

    Der Link ist persönlich, bitte geben Sie ihn nicht weiter. Er gilt { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }.

    Ihr Tandem-Team

criteria-title = Matching-Kriterien: { $value }
criteria-link = Matching-Kriterien
criteria-saved = Gespeichert. Der nächste Matching-Lauf verwendet diese Kriterien.
criteria-rules = Regeln (ein Paar muss alle erfüllen)
criteria-min-level = Gemeinsame Sprache mindestens auf Niveau
criteria-max-km = Größte Entfernung in km
criteria-max-km-hint = Leer lassen, wenn die Entfernung keine Rolle spielt (Online-Programme).
criteria-mentee-age = Alter der Mentees
criteria-mentor-age = Alter der Mentoren
criteria-from = von
criteria-to = bis
criteria-weights = Gewichte (wie viel jeder Teil zählt)
criteria-weights-hint = Punkte bei voller Stärke, je 0 bis 1000, zusammen höchstens 1000.
criteria-weight-language = Sprachniveau
criteria-weight-distance = Kurzer Weg
criteria-weight-interests = Gemeinsame Interessen
criteria-weight-common-time = Gemeinsame Zeiten
criteria-weight-waiting = Wartezeit
error-field-range-1-500 = Bitte eine Zahl von 1 bis 500 eingeben oder leer lassen.
error-field-range-0-1000 = Bitte eine Zahl von 0 bis 1000 eingeben.
error-field-age-range = Bitte zwei Alter von 0 bis 120 eingeben, das erste nicht über dem zweiten, oder beide leer lassen.
error-field-weights-sum = Die Gewichte dürfen zusammen höchstens 1000 ergeben.
mail-reminder-subject = Erinnerung: Ihr Tandem-Vorschlag
mail-reminder-body = Hallo { $name },

    wir haben Ihnen { $other } vorgeschlagen und noch keine Antwort von Ihnen. Bitte sagen Sie uns, ob Sie sich treffen möchten:

    { $link }

    Dieser neue Link ersetzt den früheren. Der Vorschlag läuft in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } ab.

    Ihr Tandem-Team
run-swap-hint = Die Mentoren zweier Vorschläge tauschen (beide neuen Paare müssen die Regeln erfüllen).
run-swap-first = Erster Vorschlag
run-swap-second = Zweiter Vorschlag
run-swap = Mentoren tauschen
run-swap-breaks = Der Tausch ist nicht möglich: Ein neues Paar verletzt die Regel „{ $value }“.

# Intake answers as matching criteria
rule-name-shared_answer = keine gemeinsame Antwort auf eine Pflicht-Frage
reason-shared-answer = gleiche Antwort auf „{ $question }“: { $answers }
criteria-weight-answers = Gleiche Antworten auf bevorzugte Fragen
criteria-answers = Fragen der Anmeldung als Kriterium
criteria-answers-hint = Nur Auswahlfragen, die Mentees und Mentor*innen gestellt werden, lassen sich vergleichen. Wer eine Frage nicht beantwortet hat, wird dadurch weder ausgeschlossen noch bevorzugt.
criteria-answer-none = kein Kriterium
criteria-answer-must_share = mindestens eine gemeinsame Antwort nötig
criteria-answer-prefer = gleiche Antworten bevorzugen
