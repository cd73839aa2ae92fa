# Tandem – English interface.

## Frame
skip-to-content = Skip to content
nav-label = Main navigation
nav-home = Home
nav-coordinator = Coordination
nav-tandems = Tandems
nav-programmes = Programmes
nav-staff = Team
nav-alliance = Alliance
language-label = Language
login = Log in
logout = Log out
footer-text = Tandem – sponsorships, mentoring and tandems for refugees and immigrants in Lower Saxony.
back-home = Back to the start page
yes = yes
no = no
save = Save
name = Name
programme = Programme
created = Created
waiting = Waiting for

## Error pages
error-title = That did not work
error-not-found = This page does not exist – or you have no access to it.
error-forbidden = Your account is not allowed to do this.
error-conflict = This step is not possible in the current state. Nothing was changed.
error-invalid = The details are incomplete or invalid. Nothing was changed.
error-too-large = The data sent is too large.
error-internal = Something went wrong. Please try again later.
error-storage-full = The server's storage is full. Nothing was saved; existing data is unchanged. Please try again later and tell the people who run the platform.

## Start page and programmes
home-title = Programmes near you
home-intro = Sponsorships, learning sponsorships and mentoring: find a programme and take part – as a mentee or as a volunteer.
home-empty = No programmes are published at the moment.
programme-languages = Languages
programme-region = Area
programme-duration = Planned duration
region-online = online
months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
register-as-mentee = I am looking for support (mentee)
register-as-mentor = I would like to support someone (mentor)

## Registration
register-title-mentee = Register as a mentee
register-title-mentor = Register as a mentor
register-about-you = About you
register-more = What you bring and what you look for
register-submit = Send registration
form-has-errors = Please check the marked fields.
consent-text = I agree that the organisation running this programme stores my details to find a suitable tandem partner. I can withdraw this consent at any time.
error-consent = Without your consent we cannot store your registration.
error-already-registered = Someone with this e-mail address is already registered in this programme.
registered-title = Thank you for registering!
registered-text = We have received your registration. The programme team will contact you to get to know you.
field-first-name = First name
field-last-name = Last name
field-email = E-mail
field-phone = Phone (optional)
field-postal-code = Postal code
field-birth-year = Year of birth
field-gender = Gender
field-gender-preference = I would like my tandem partner to be
field-languages = Languages
field-language = Language
field-level = Level
field-availability = When do you have time?
field-interests = Interests (separated by commas)
field-goals = Goals (separated by commas)
field-profession = Profession, studies or school subjects
field-capacity = How many people would you like to support? (optional)
field-password = Password
field-initial-password = First password (at least 12 characters)
field-name = Name
field-city = Town
field-kind = Kind
field-description = Description
field-region = Area
field-region-hint = "online" or postal codes separated by commas, e.g. 30159, 30161
field-programme-languages = Languages of the programme
field-programme-languages-hint = ISO language codes separated by commas, e.g. de, ar, uk
field-duration-months = Planned duration in months
field-mentor-capacity = Mentees per mentor
field-published = Published
field-published-hint = Show in the public directory and accept registrations
field-role = Role

## Log-in
login-title = Log in
login-failed = E-mail address or password is not correct.

## Coordination
coordinator-title = Coordination
coordinator-empty = Your organisation has no programmes yet.
waiting-mentees = Waiting mentees
waiting-mentors = Available mentors
to-screen = Newly registered
all-people = All people
people-title = People
people-empty = No people found.
filter-side = Side
filter-status = Status
filter-search = Search
filter-all = all
filter-apply = Show
days-waiting = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
side-mentor = Mentor
side-mentee = Mentee
back-to-list = back to the list
person-registered = Registered on
person-consent = Consent (version · language · date)
screening = Screening
screen-to-screened = Mark as screened
screen-to-ready = Release (waits for a tandem)
screen-to-withdrawn = Withdrawn
screen-to-registered = Take back in
notes = Coordinators' notes
notes-hint = Visible only to the coordinators of your organisation.
tandem-new-title = Form a tandem
tandem-new-empty = There are no released mentees or mentors with free places right now.
tandem-propose = Propose tandem
tandems-title = Tandems
tandems-empty = No tandems found.
tandem-title = Tandem
tandem-mentor-accepted = The mentor has accepted
tandem-mentee-accepted = The mentee has accepted
end-reason = Reason for the end
pager-label = Pages
pager-previous = Previous
pager-next = Next
pager-position = Page { $page } of { $pages } ({ $total } in all)

## Tandem actions
action-accept_mentor = Record the mentor's acceptance
action-accept_mentee = Record the mentee's acceptance
action-decline_mentor = Record the mentor's refusal
action-decline_mentee = Record the mentee's refusal
action-start = Start the tandem
action-pause = Pause
action-resume = Resume
action-complete = Complete successfully
action-end_early = End early

## Organisation administration
admin-programmes-title = Programmes
admin-programmes-empty = No programmes yet. Create the first one.
admin-programme-new = New programme
admin-programme-edit = Edit programme
admin-staff-title = Team
admin-staff-empty = Nobody in the team yet.
admin-staff-new = Add someone to the team
role-alliance_admin = Alliance office
role-org_admin = Organisation admin
role-coordinator = Coordinator
role-mentor = Mentor
role-mentee = Mentee

## Alliance
alliance-title = Alliance "Niedersachsen packt an"
alliance-statewide = Statewide
alliance-people = People by status
alliance-tandems = Tandems by status
alliance-programmes = { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
} across all organisations.
alliance-organisations = Member organisations
alliance-organisations-empty = No organisations yet.
alliance-new-organisation = Add an organisation

## Kinds of programme
kind-buddy = Buddy / tandem
kind-learning = Learning sponsorship
kind-career = Career mentoring

## Languages
lang-de = German
lang-en = English
lang-ar = Arabic
lang-uk = Ukrainian
lang-ru = Russian
lang-fa = Persian (Farsi)
lang-prs = Dari
lang-kmr = Kurdish (Kurmanji)
lang-ckb = Kurdish (Sorani)
lang-tr = Turkish
lang-ti = Tigrinya
lang-ps = Pashto
lang-so = Somali
lang-fr = French
lang-es = Spanish
lang-pl = Polish
lang-ro = Romanian
lang-sq = Albanian
lang-ku = Kurdish
level-a1 = A1 – beginner
level-a2 = A2 – elementary
level-b1 = B1 – intermediate
level-b2 = B2 – upper intermediate
level-c1 = C1 – advanced
level-c2 = C2 – fluent
level-native = native language

## Availability
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
slot-0 = mornings
slot-1 = afternoons
slot-2 = evenings

## Gender
gender-female = female
gender-male = male
gender-diverse = diverse
gender-not_stated = not stated
gender-preference-any = no preference
gender-preference-same_gender = same gender
gender-preference-female = a woman
gender-preference-male = a man

## Status of people
status-registered = registered
status-screened = screened
status-ready = waiting
status-matched = in a tandem
status-alumni = alumni
status-withdrawn = withdrawn

## Status of tandems
tandem-status-proposed = proposed
tandem-status-accepted = accepted
tandem-status-active = active
tandem-status-paused = paused
tandem-status-completed = completed
tandem-status-ended_early = ended early
tandem-status-declined = declined

## Reasons for an early end
end-reason-moved_away = moved away
end-reason-no_time = no time any more
end-reason-not_a_good_fit = not a good fit
end-reason-goal_reached = goal reached early
end-reason-no_contact = lost contact
end-reason-other = other reason
end-reason-detail = What happened? (for “other reason”)
end-reason-detail-hint = Only for “other reason”, and then required: a short sentence, at most 200 characters. Seen by coordinators; removed when a person is erased.

## Field errors
error-field-postal-code = Please enter a German postal code with 5 digits.
error-field-language = We do not know this language.
error-field-language-level = Please choose a language level.
error-field-duplicate-language = Please give each language only once.
error-field-required = Please fill in.
error-field-email = Please enter a valid e-mail address.
error-field-birth-year = Please enter a year of birth with 4 digits.
error-field-choice = Please choose one of the offered values.
error-field-availability = Please choose valid times.
error-field-too-long = This text is too long.
error-field-too-short = This text is too short.
error-field-too-many = At most 20 entries, please.
error-field-phone = Please enter a phone number with digits.
error-field-range-1-10 = Please enter a number from 1 to 10.
error-field-range-1-60 = Please enter a number from 1 to 60.
error-field-region = Please enter "online" or postal codes with 5 digits.
error-field-password-too-short = The password needs at least 12 characters.
error-field-password-too-common = This password is too common and easy to guess. Please choose another, for example a sentence of several words.
error-field-role-organisation = This role needs an organisation.
error-field-taken = This is already taken.
error-field-not-a-mentor = The chosen person is not a mentor.
error-field-not-a-mentee = The chosen person is not a mentee.
error-field-other-programme = Both must be in the same programme.
error-field-not-available = This person is not waiting for a tandem right now.
error-field-mentor-full = This mentor has no free place left.
error-field-illegal-move = This step is not possible in the current state.

# Tandems with several mentors or mentees
members-title = Further mentors and mentees
members-none = This tandem has one mentor and one mentee.
members-remove = Take out of the tandem
members-add-label = Add a person
members-hint = The programme's rules say how many mentors and mentees a tandem may have; every further mentor must meet every rule (required trainings, a free place, a certificate of conduct where a mentee is a minor).
members-add = Add
rules-max-mentors = Mentors per tandem (1–3)
rules-max-mentees = Mentees per tandem (1–12, e.g. a family)
error-field-tandem-closed = This tandem has ended.
error-field-already-in-tandem = This person is already part of this tandem.
error-field-tandem-full = The programme's rules allow nobody more on this side of the tandem.
error-field-range-1-3 = Please give a number from 1 to 3.
error-field-range-1-12 = Please give a number from 1 to 12.
