# Start- und Abschlussbefragung

survey-title-start = Befragung zum Start Ihres Tandems
survey-title-end = Befragung zum Ende Ihres Tandems
survey-hello = Hallo { $name }, ein paar kurze Fragen zu Ihrem Tandem mit { $other }. Jede Frage dürfen Sie überspringen; Ihre Antworten sieht nur Ihre Koordination, und in Übersichten erscheinen sie nur als Durchschnitt.
survey-scale-hint = 1 = gar nicht, 5 = sehr
survey-question-german = Wie gut sprechen Sie Deutsch? (1 = kaum, 5 = fließend)
survey-question-local_contacts = Wie viele Menschen hier am Ort können Sie um Rat oder Hilfe fragen?
survey-question-belonging = Ich fühle mich hier zugehörig.
survey-question-confidence = Ich bin zuversichtlich, was Arbeit oder Schule angeht.
survey-send = Antworten senden
survey-saved = Danke, Ihre Antworten sind gespeichert. Sie können sie über diesen Link jederzeit ändern.
error-field-range-1-5 = Bitte eine Zahl von 1 bis 5.
error-field-range-0-100 = Bitte eine Zahl von 0 bis 100.
mail-survey-start-subject = Ihr Tandem beginnt: ein paar kurze Fragen
mail-survey-start-body = Hallo { $name },

    Ihr Tandem mit { $other } hat begonnen. Damit wir sehen, was Tandems bewirken, bitten wir Sie um ein paar kurze Antworten (zwei Minuten):
    { $link }

    Zum Ende des Tandems fragen wir noch einmal. Der Link ist persönlich und braucht kein Passwort.
mail-survey-end-subject = Ihr Tandem ist zu Ende: ein paar kurze Fragen
mail-survey-end-body = Hallo { $name },

    Ihr Tandem mit { $other } ist zu Ende. Danke für Ihre Zeit! Bitte sagen Sie uns mit ein paar kurzen Antworten, was sich verändert hat:
    { $link }

    Der Link ist persönlich und braucht kein Passwort.
survey-dashboard-caption = Vorher und nachher (Start- und Abschlussbefragung, Mentees)
survey-dashboard-question = Frage
survey-dashboard-start = Durchschnitt zum Start
survey-dashboard-end = Durchschnitt zum Ende
survey-dashboard-answers = Antworten
survey-dashboard-none = Im Zeitraum wurden keine Befragungen beantwortet.
survey-dashboard-hint = Durchschnitt der im Zeitraum gegebenen Antworten; Deutsch, Zugehörigkeit und Zuversicht von 1 bis 5, Kontakte als Anzahl.
rules-question-asked = Gefragt
rules-question-asked-registration = bei der Anmeldung
rules-question-asked-survey = in der Start- und Abschlussbefragung
rules-question-survey = In der Start- und Abschlussbefragung fragen (statt bei der Anmeldung)
rules-question-survey-hint = Die Standardfragen der Vorlage (Deutsch, Kontakte, Zugehörigkeit, Zuversicht) stellt jede Befragung ohnehin den Mentees.
