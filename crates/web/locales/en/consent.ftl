# Consent per purpose, the person's own data page, and requests about data with their deadlines.
nav-requests = Data requests
consent-purpose-participation = Taking part in the programme
consent-purpose-participation-hint = We keep your registration, propose a tandem to you and write to you about it (including short questions on how it is going). Without this consent you cannot take part.
consent-purpose-impact_surveys = Surveys on impact
consent-purpose-impact_surveys-hint = A short questionnaire at the start and at the end of the tandem; answers go into reports for funders only summarised and without names. Optional.
consent-purpose-event_news = News about events
consent-purpose-event_news-hint = E-mails about meetings, trainings and celebrations of the organisation. Optional.
consent-channel-web_form = online form
consent-channel-paper = paper form
consent-channel-in_person = in person or by phone
consent-channel-email = e-mail
consent-by-person = the person themselves
consent-by-guardian = parent or legal guardian
request-kind-access = Access to the data
request-kind-erasure = Erasure
request-kind-end_participation = End taking part (tandem still running)
consent-state-none = not given
consent-state-given = given on { $date } ({ $channel }, { $by }, text { $version })
consent-state-withdrawn = withdrawn on { $date } ({ $channel }, { $by })
mail-registered-subject = Your registration with { $programme }
mail-registered-body =
    Hello { $name },

    thank you for registering with { $programme }. We will get in touch as soon as we have found a suitable tandem.

    With this personal link you can see at any time what we have stored about you, download your data, give or withdraw consent and ask for erasure:
    { $link }

    Please do not pass the link on.
me-title = My data
me-intro = This is what we have stored about you. You can download your data, give or withdraw consent and ask for erasure.
me-status = Status
me-download = Download all my data (JSON)
me-consents-title = My consents
me-withdraw = Withdraw
me-give = Consent
me-erasure-title = Have my data erased
me-erasure-hint = We erase your data within one month. If your tandem is still running, we end it with you first.
me-erasure-confirm = Yes, I want my data to be erased.
me-erasure-submit = Ask for erasure
me-erasure-requested = You asked for erasure on { $received }. It will be done by { $due } at the latest.
me-erasure-confirm-missing = Please tick the box to confirm that your data should be erased.
me-withdrawn-left = Your withdrawal is recorded. You no longer take part and will get no more proposals from us.
me-withdrawn-tandem = Your withdrawal is recorded. As your tandem is still running, your contact person will get in touch to end it.
consents-link = Consents
consents-back = Back to the person
consents-now = Consents now
consents-record = Record a consent or withdrawal
consents-purpose = Purpose
consents-what = What
consents-given = given
consents-withdrawn = withdrawn
consents-by = By whom
consents-channel = How
consents-save = Record
consents-history = History
consents-date = Date
consent-effect-left = Recorded. The person has left the pool; e-mails to them not yet sent were dropped.
consent-effect-tandem = Recorded. The person is in a tandem: please end it; the request is listed under "Data requests".
requests-title = Data requests
requests-intro = Access, erasure and withdrawals must be dealt with within one month. Overdue ones are highlighted.
requests-open = Open
requests-none-open = No open requests.
requests-person = Person
requests-kind = Request
requests-received = Received
requests-due = Due
requests-done = Done
requests-overdue = overdue
requests-completed = Done
requests-completed-on = Done on
requests-source-self = via their data page
requests-source-staff = recorded by the team
requests-erased-person = (erased)
register-consent-optional = Optional: you can change this at any time.
