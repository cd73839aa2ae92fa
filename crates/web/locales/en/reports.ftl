# Outcomes per mentee, tables as XLSX, the funder report (PDF), the alliance's statewide report.
reports-outcome-german-level = German level reached
reports-outcome-school-transition = School transition made
reports-outcome-apprenticeship = Apprenticeship found
reports-outcome-job = Job found
reports-outcome-qualification-recognised = Qualification recognised
reports-outcome-study-place = Study place obtained
reports-outcome-other = Other outcome
reports-error-level-required = Please choose the level reached (A1 to C2).
reports-error-in-future = This date lies in the future.
reports-error-detail-required = Please describe briefly what was reached.
reports-outcomes-title = Outcomes: { $value }
reports-outcomes-heading = Recorded outcomes
reports-record-heading = Record an outcome
reports-record = Save outcome
reports-outcome-saved = The outcome is saved.
reports-delete = Delete
reports-back-to-person = Back to the person
reports-back-to-tandem = Back to the tandem's follow-up
reports-field-date = Reached on
reports-field-level = Level (German level only)
reports-field-detail = Description (needed for "other outcome")
reports-outcome = Outcome
reports-count = Count
reports-outcomes-caption = Mentees' outcomes in the period
reports-no-outcomes = No outcomes recorded yet.
reports-outcomes-link = Record the mentee's outcomes
reports-dashboard-xlsx = Download all tables as XLSX
reports-funder-link = Funder report as PDF (whole organisation, this period)
reports-sheet-months = Months
reports-sheet-waiting = Waiting time
reports-sheet-moods = Mood
reports-sheet-outcomes = Outcomes
reports-sheet-surveys = Before and after
reports-total = Total
reports-started = Started
reports-active = Active at the end of the period
reports-completed = Completed as planned
reports-ended-early = Ended early
reports-waiting = People waiting (today)
reports-funder-title = Funder report { $value }
reports-funder-period = Period: { $from } to { $to }. Created on { $today }.
reports-funder-summary = In the period { $started ->
        [one] { $started } tandem started
       *[other] { $started } tandems started
    }, { $completed ->
        [one] { $completed } was completed as planned
       *[other] { $completed } were completed as planned
    } and { $early } ended early. At the end of the period { $active ->
        [one] { $active } tandem was active
       *[other] { $active } tandems were active
    }. The volunteers spent { $hours } hours with their tandem partners.
reports-funder-tandems = Tandems and hours by programme
reports-funder-note = Started, completed and ended early: within the period. Active: on the period's last day. Hours: sum of the meetings logged in the period. Outcomes: as recorded by the coordinators.
reports-statewide-title = Statewide report
reports-statewide-link = Statewide report (totals only)
reports-statewide-intro = Totals over all organisations. The report names no person and no organisation.
reports-group-by = Rows by
reports-district = District
reports-kind = Programme kind
reports-no-district = no district (unknown or erased postal code)
reports-suppressed-note = • = suppressed: values from 1 to 4 are not published, nor enough others that none can be worked out from the totals.
reports-statewide-tandems = Tandems and people waiting
reports-statewide-hours = Volunteer hours in the period (suppressed where fewer than 5 tandems met)
reports-statewide-csv = Download the statewide report as CSV
reports-outcomes-column = Outcome: { $value }
reports-active-short = Active
reports-completed-short = Completed
reports-person-outcomes-link = Outcomes
