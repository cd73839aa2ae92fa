# Ergebnisse je Mentee, Tabellen als XLSX, Förderbericht (PDF), Landesbericht für das Bündnis.
reports-outcome-german-level = Deutschniveau erreicht
reports-outcome-school-transition = Schulübergang geschafft
reports-outcome-apprenticeship = Ausbildungsplatz gefunden
reports-outcome-job = Arbeitsstelle gefunden
reports-outcome-qualification-recognised = Abschluss anerkannt
reports-outcome-study-place = Studienplatz erhalten
reports-outcome-other = Anderes Ergebnis
reports-error-level-required = Bitte das erreichte Niveau (A1 bis C2) wählen.
reports-error-in-future = Das Datum liegt in der Zukunft.
reports-error-detail-required = Bitte kurz beschreiben, was erreicht wurde.
reports-outcomes-title = Ergebnisse: { $value }
reports-outcomes-heading = Erfasste Ergebnisse
reports-record-heading = Ergebnis erfassen
reports-record = Ergebnis speichern
reports-outcome-saved = Das Ergebnis ist gespeichert.
reports-delete = Löschen
reports-back-to-person = Zurück zur Person
reports-back-to-tandem = Zurück zur Begleitung des Tandems
reports-field-date = Erreicht am
reports-field-level = Niveau (nur bei Deutschniveau)
reports-field-detail = Beschreibung (bei „Anderes Ergebnis“ nötig)
reports-outcome = Ergebnis
reports-count = Anzahl
reports-outcomes-caption = Ergebnisse der Mentees im Zeitraum
reports-no-outcomes = Noch keine Ergebnisse erfasst.
reports-outcomes-link = Ergebnisse des Mentees erfassen
reports-dashboard-xlsx = Alle Tabellen als XLSX herunterladen
reports-funder-link = Förderbericht als PDF (ganze Organisation, dieser Zeitraum)
reports-sheet-months = Monate
reports-sheet-waiting = Wartezeit
reports-sheet-moods = Stimmung
reports-sheet-outcomes = Ergebnisse
reports-sheet-surveys = Vorher-Nachher
reports-total = Summe
reports-started = Begonnen
reports-active = Aktiv am Ende des Zeitraums
reports-completed = Planmäßig abgeschlossen
reports-ended-early = Vorzeitig beendet
reports-waiting = Wartende Personen (heute)
reports-funder-title = Förderbericht { $value }
reports-funder-period = Zeitraum: { $from } bis { $to }. Erstellt am { $today }.
reports-funder-summary = Im Zeitraum { $started ->
        [one] hat { $started } Tandem begonnen
       *[other] haben { $started } Tandems begonnen
    }, { $completed ->
        [one] wurde { $completed } planmäßig abgeschlossen
       *[other] wurden { $completed } planmäßig abgeschlossen
    } und { $early } vorzeitig beendet. Am Ende des Zeitraums { $active ->
        [one] war { $active } Tandem aktiv
       *[other] waren { $active } Tandems aktiv
    }. Die Ehrenamtlichen haben { $hours } Stunden mit ihren Tandempartner*innen verbracht.
reports-funder-tandems = Tandems und Stunden nach Programm
reports-funder-note = Begonnen, abgeschlossen und vorzeitig beendet: im Zeitraum. Aktiv: am letzten Tag des Zeitraums. Stunden: Summe der erfassten Treffen im Zeitraum. Ergebnisse: von der Koordination erfasst.
reports-statewide-title = Landesbericht
reports-statewide-link = Landesbericht (nur Summen)
reports-statewide-intro = Summen über alle Organisationen. Der Bericht nennt keine Person und keine Organisation.
reports-group-by = Zeilen nach
reports-district = Landkreis
reports-kind = Programmart
reports-no-district = ohne Landkreis (unbekannte oder gelöschte Postleitzahl)
reports-suppressed-note = • = gesperrt: Werte von 1 bis 4 werden nicht veröffentlicht, dazu so viele weitere, dass keiner aus den Summen errechnet werden kann.
reports-statewide-tandems = Tandems und Wartende
reports-statewide-hours = Ehrenamtliche Stunden im Zeitraum (gesperrt, wo weniger als 5 Tandems sich trafen)
reports-statewide-csv = Landesbericht als CSV herunterladen
reports-outcomes-column = Ergebnis: { $value }
reports-active-short = Aktiv
reports-completed-short = Abgeschlossen
reports-person-outcomes-link = Ergebnisse
