# Follow-up: the personal meeting log, check-ins, tandems at risk, and their mails.
nav-at-risk = Tandems at risk
followup-meetings-title = Our meetings: you and { $value }
followup-meetings-hello = Hello { $value }, note each meeting here, it takes a minute. Your coordinator sees how the tandem is going and counts the volunteer hours.
followup-log-heading = Log a meeting
followup-field-date = Date
followup-field-minutes = Duration in minutes
followup-field-minutes-hint = For example 60 for one hour, 90 for an hour and a half.
followup-field-kind = How did you meet?
followup-kind-in-person = In person
followup-kind-online = Online or by phone
followup-field-note = Note (optional)
followup-field-note-hint = A few words, at most 500 characters. Your coordinator can read it.
followup-log-save = Save meeting
followup-log-saved = Thank you, the meeting is saved.
followup-not-running = This tandem is not running at the moment, so no meetings can be logged.
followup-so-far = So far
followup-mentees-heading = Who you meet
followup-mentees-private = Only this tandem's mentors and the coordinators see this.
followup-totals = { $count ->
    [0] No meetings logged yet.
    [one] { $count } meeting, { $hours } hours.
   *[other] { $count } meetings, { $hours } hours.
}
followup-minutes = { $count } min
followup-logged-by = Logged by
followup-logged-by-coordinator = Coordinator
followup-check-in-title = How is your tandem going?
followup-check-in-hello = Hello { $name }, your tandem with { $other } has reached a milestone ({ $point }). Four short questions – your answers go only to your coordinator.
followup-point-4w = after 4 weeks
followup-point-3m = after 3 months
followup-point-6m = after 6 months
followup-point-end = at the end
followup-question-mood = How is it going?
followup-mood-1 = 1 – badly
followup-mood-2 = 2 – not so well
followup-mood-3 = 3 – okay
followup-mood-4 = 4 – well
followup-mood-5 = 5 – very well
followup-question-regular = Do you meet regularly?
followup-yes = Yes
followup-no = No
followup-question-comment = Anything you would like to tell us? (optional)
followup-question-call-me = I would like the coordinator to call me.
followup-check-in-send = Send answers
followup-check-in-saved = Thank you! Your answers are saved. You can change them with this link at any time.
followup-at-risk-title = Tandems at risk
followup-at-risk-intro = Running tandems without a recent meeting, with a worrying check-in answer, or where someone asked for a call.
followup-at-risk-empty = No tandem needs attention right now.
followup-at-risk-count = { $count ->
    [one] { $count } tandem needs attention
   *[other] { $count } tandems need attention
}
followup-last-meeting = Last meeting
followup-reasons = Why
followup-never = none yet
followup-reason-no-meeting = { $count ->
    [one] No meeting for { $count } week
   *[other] No meeting for { $count } weeks
}
followup-reason-bad-check-in = Check-in: “{ $mood }”{ $regular ->
    [no] , they do not meet regularly
   *[yes] {""}
}
followup-reason-call-requested = Asked for a call
followup-settings-heading = When is a tandem at risk?
followup-settings-weeks = { $value }: at risk after this many weeks without a meeting
followup-settings-save = Save
followup-settings-saved = The setting is saved.
followup-tandem-title = Meetings and check-ins
followup-back-to-tandem = Back to the tandem
followup-started = Started
followup-meetings-heading = Meetings
followup-no-meetings = No meetings logged yet.
followup-check-ins-heading = Check-in answers
followup-no-check-ins = No check-in answers yet.
followup-check-in-point = Check-in
followup-side = Side
followup-call-me-short = Call requested
followup-answered = Answered
followup-resolve-hint = Have you talked to them? Mark the answers as dealt with; the tandem then leaves the list of tandems at risk (unless new reasons come up).
followup-resolve = Dealt with
followup-tandem-link = Meetings and check-ins
error-field-meeting-in-future = The date lies in the future. Please log meetings that have taken place.
error-field-meeting-before-start = The date lies before the tandem started.
error-field-meeting-duration-positive = Please enter a duration of at least one minute.
error-field-meeting-duration-too-long = At most 720 minutes (12 hours) per meeting.
error-field-meeting-duration-number = Please enter the duration as a number of minutes.
error-field-meeting-note-too-long = The note may have at most 500 characters.
error-field-range-1-52 = Please enter a number of weeks from 1 to 52.
error-field-tandem-not-running = This tandem is not running.
mail-followup-log-subject = Your tandem: log your meetings
mail-followup-log-body = Hello { $name },

    your tandem with { $other } has started – we wish you both a good time!

    After each meeting, please note it here (date, duration, in person or online; it takes a minute):
    { $link }

    Keep this link; it is personal and needs no password.
mail-followup-reminder-subject = Have you met recently?
mail-followup-reminder-body = Hello { $name },

    no meeting with { $other } has been logged for { $days } days. If you met, please log it here:
    { $link }

    If something is in the way, just reply or call your coordinator.
mail-followup-check-in-subject = How is your tandem going?
mail-followup-check-in-body = Hello { $name },

    your tandem with { $other } has reached a milestone ({ $point }). Please tell us in four short questions how it is going:
    { $link }

    Your answers go only to your coordinator.
dashboard-link = Dashboard of { $value }
dashboard-title = Dashboard: { $value }
dashboard-from = From (month)
dashboard-to = To (month)
dashboard-waiting-mentees = Mentees waiting
dashboard-waiting-mentors = Mentors waiting
dashboard-running-now = Tandems running today
dashboard-retention = Retention
dashboard-retention-value = { $ended ->
        [one] { $completed } of { $ended } ended tandem reached its planned end ({ $percent } %)
       *[other] { $completed } of { $ended } ended tandems reached their planned end ({ $percent } %)
    }
dashboard-retention-none = No tandem has ended yet.
dashboard-meetings-period = Meetings in the period
dashboard-hours-period = Volunteer hours in the period
dashboard-waiting-under-1 = under 1 month
dashboard-waiting-1-3 = 1 to 3 months
dashboard-waiting-3-6 = 3 to 6 months
dashboard-waiting-over-6 = over 6 months
dashboard-chart-running = Tandems running at the end of each month
dashboard-chart-hours = Volunteer hours per month
dashboard-chart-moods = Check-in answers by mood (1 badly – 5 very well)
dashboard-charts-hint = The charts show the numbers of the tables below.
dashboard-table-caption = Tandems, meetings and hours per month
dashboard-month = Month
dashboard-running = Running at month end
dashboard-started = Started
dashboard-ended = Ended
dashboard-meetings = Meetings
dashboard-per-tandem = Meetings per running tandem
dashboard-hours = Hours
dashboard-csv = Download the table as CSV
dashboard-waiting-caption = People waiting, by time since registration
dashboard-waiting-time = Waiting
dashboard-moods-caption = Check-in answers in the period by mood
dashboard-answers = Answers
dashboard-district = District (of the mentee)
dashboard-organisation-link = Dashboard of all our programmes
dashboard-short = Dashboard
