# Events: the calendar, registration, the waiting list, the list at the door.
nav-events = Events
nav-staff-events = Our events
events-title = Events
events-intro = Conferences, information evenings, mentor trainings and get-togethers of the alliance and its organisations.
events-empty = No events are planned at the moment.
event-kind-conference = Conference
event-kind-information_evening = Information evening
event-kind-training = Mentor training
event-kind-get_together = Get-together
event-alliance = Niedersachsen packt an (alliance)
event-online = Online
event-online-link-later = The link comes with your confirmation.
event-when = When
event-where = Where
event-time = Time
event-session = Programme item
event-programme = Programme
event-places = Places
event-places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
event-fully-booked = { $count ->
    [0] Fully booked – register for the waiting list
    [one] Fully booked – { $count } person on the waiting list
   *[other] Fully booked – { $count } people on the waiting list
}
event-add-to-calendar = Add to calendar (.ics)
event-register = Register
event-field-name = Your name
event-field-organisation = Your organisation (optional)
event-field-accessibility = Accessibility needs
event-field-accessibility-hint = E.g. step-free access, sign language, childcare. Only the organiser sees this.
event-already-registered = This e-mail address is already registered for this event. The link in your confirmation e-mail shows your registration.
event-details = Event details
event-you-are-confirmed = You are registered. We look forward to seeing you!
event-you-are-waiting = The event is fully booked: you are number { $position } on the waiting list. If a place becomes free, you move up automatically and we let you know by e-mail.
event-you-cancelled = Your registration is cancelled.
event-cancel-hint = Can't come after all? Please cancel, so that someone from the waiting list gets your place.
event-cancel = Cancel my registration
event-status-confirmed = Registered
event-status-waiting = Waiting list
event-status-cancelled = Cancelled
staff-events-title = Our events
staff-events-empty = You have not created any events yet.
event-new = New event
event-edit = Edit
event-csv = Registrations (CSV)
event-public-page = Public page
event-door-list = List at the door
event-present = { $count ->
    [one] { $count } person present
   *[other] { $count } people present
}
event-present-yes = Present
event-mark-present = Mark present
event-no-registrations = Nobody has registered yet.
event-form-title = Event
event-field-title = Title
event-field-date = Date
event-field-start = Starts at
event-field-end = Ends at
event-field-online-url = Link for online participation (https://…)
event-field-sessions-hint = One programme item per line: 10:00-10:30 | Title | Speakers
event-field-published = Published: shown in the calendar and open for registration
csv-name = Name
csv-email = E-mail
csv-organisation = Organisation
csv-accessibility = Accessibility needs
csv-status = Status
csv-attended = Attended
csv-registered-at = Registered at
mail-event-subject = Your registration: { $event }
mail-event-confirmed-body = Hello { $name },

    you are registered for "{ $event }" ({ $when }).

    Your registration, and cancelling it if you cannot come: { $link }
mail-event-waiting-body = Hello { $name },

    "{ $event }" is fully booked: you are number { $position } on the waiting list. If a place becomes free, you move up automatically and we let you know.

    Your registration, and cancelling it: { $link }
mail-event-promoted-body = Hello { $name },

    good news: a place has become free and you are now registered for "{ $event }" ({ $when }).
error-field-date = Please enter a date (YYYY-MM-DD).
error-field-time = Please enter a time (HH:MM).
error-field-end-before-start = The end must be after the start.
error-field-place-or-link = Please give a place, a link for online participation, or both.
error-field-range-1-5000 = Please enter a number between 1 and 5,000.
error-field-session-lines = These programme lines could not be read: { $lines }. Write them as 10:00-10:30 | Title | Speakers.
person-trainings = Trainings attended
person-trainings-none = No training attended yet. Attendance is ticked at the door of a training under “Events”.
