# Start and end surveys

survey-title-start = Survey at the start of your tandem
survey-title-end = Survey at the end of your tandem
survey-hello = Hello { $name }, a few short questions about your tandem with { $other }. You may skip any question; only your coordinator sees your answers, and overviews show them only as averages.
survey-scale-hint = 1 = not at all, 5 = very much
survey-question-german = How well do you speak German? (1 = hardly, 5 = fluently)
survey-question-local_contacts = How many people here can you ask for advice or help?
survey-question-belonging = I feel I belong here.
survey-question-confidence = I feel confident about work or school.
survey-send = Send answers
survey-saved = Thank you, your answers are saved. You can change them through this link at any time.
error-field-range-1-5 = Please give a number from 1 to 5.
error-field-range-0-100 = Please give a number from 0 to 100.
mail-survey-start-subject = Your tandem begins: a few short questions
mail-survey-start-body = Hello { $name },

    your tandem with { $other } has begun. To see what tandems achieve, we would like a few short answers (two minutes):
    { $link }

    We will ask again when the tandem ends. The link is personal and needs no password.
mail-survey-end-subject = Your tandem has ended: a few short questions
mail-survey-end-body = Hello { $name },

    your tandem with { $other } has ended. Thank you for your time! Please tell us with a few short answers what has changed:
    { $link }

    The link is personal and needs no password.
survey-dashboard-caption = Before and after (start and end surveys, mentees)
survey-dashboard-question = Question
survey-dashboard-start = Average at the start
survey-dashboard-end = Average at the end
survey-dashboard-answers = Answers
survey-dashboard-none = No surveys were answered in the period.
survey-dashboard-hint = Average of the answers given in the period; German, belonging and confidence from 1 to 5, contacts as a number.
rules-question-asked = Asked
rules-question-asked-registration = at registration
rules-question-asked-survey = in the start and end surveys
rules-question-survey = Ask in the start and end surveys (instead of at registration)
rules-question-survey-hint = Every survey asks mentees the template's standard questions (German, contacts, belonging, confidence) anyway.
