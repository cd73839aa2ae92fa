# Matching runs, proposals and personal links.
matching-link = Matching
matching-title = Matching: { $value }
matching-back = Back to the waiting lists
matching-waiting = Mentees waiting
matching-places = Free mentor places
matching-rules = Rules of this programme
matching-objective = Objective
objective-best-fit = Best total fit
objective-most-matched = Most people matched, then fit
objective-stable = Stable (nobody would both rather be together)
objective-greedy = Greedy (baseline)
matching-pins = Must be paired (pins)
matching-forbids = Must not be paired
matching-start = Start matching run
matching-runs = Earlier runs
matching-no-runs = No run yet.
matching-no-mentees = No mentee is waiting: nothing to match, nothing was changed.
matching-no-places = No mentor has a free place: nothing to match, nothing was changed.
matching-unknown-person = A chosen person is no longer waiting or has no free place. Please check the pins.
matching-pin-breaks = A pin breaks a rule of this programme: { $value }.
matching-pins-conflict = The pins do not fit together (a mentee pinned twice, or more pins than a mentor has places).
matching-draft-open = A run of this programme is still waiting for your decision. Send or discard it first.
choose = – choose –
rule-language-level = A shared language at level { $value } or better
rule-distance = { $count ->
    [one] At most { $count } km apart
   *[other] At most { $count } km apart
}
rule-online = Online: distance does not matter
rule-common-time = At least one common time in the week
rule-mentee-age = Mentee aged { $low }–{ $high }
rule-mentor-age = Mentor aged { $low }–{ $high }
rule-gender-wish = Gender wishes of both sides are respected
rule-name-shared_language = shared language
rule-name-distance = distance
rule-name-common_time = common time
rule-name-gender_wish = gender wish
rule-name-mentee_age = mentee age
rule-name-mentor_age = mentor age
rule-name-declined_before = declined before
run-title = Matching run
run-back = Back to matching
run-status-draft = Draft: not sent yet
run-status-sent = Sent
run-status-discarded = Discarded
run-summary = { $matched } of { $mentees } matched · score { $score }
run-result = Result
run-started-by = Started by
run-matched = { $count ->
    [one] { $count } tandem proposed
   *[other] { $count } tandems proposed
}
run-places = { $count ->
    [one] { $count } free place
   *[other] { $count } free places
}
run-score = total score { $count }
run-previous = Compared with the previous run
run-compared = { $matched ->
        [one] { $matched } tandem
       *[other] { $matched } tandems
    }, { $score ->
        [one] { $score } score point
       *[other] { $score } score points
    }
run-proposals = Proposals
run-no-proposals = No pair passes the rules. See below why each mentee waits.
run-score-column = Score
run-reasons = Why
run-actions = Actions
run-pinned = pinned
run-keep = Keep
run-drop = Drop
run-waiting = Still waiting
run-nobody-waiting = Everybody got a proposal.
run-send = Send proposals
run-discard = Discard run
proposal-state-proposed = proposed
proposal-state-dropped = dropped
proposal-state-sent = sent
proposal-state-failed = could not be sent
reason-language = both speak { $language } ({ $level })
reason-distance = { $count ->
    [one] { $count } km apart
   *[other] { $count } km apart
}
reason-interests = both like { $value }
reason-common-time = { $count ->
    [one] { $count } common time slot
   *[other] { $count } common time slots
}
reason-waited = { $count ->
    [one] waited { $count } day
   *[other] waited { $count } days
}
waiting-taken = { $count ->
    [one] { $count } suitable mentor, whose place went to a better pair
   *[other] { $count } suitable mentors, whose places went to better pairs
}
waiting-no-language = no mentor with a free place who speaks { $value }
waiting-too-far = { $count ->
    [one] no mentor with a free place within { $count } km
   *[other] no mentor with a free place within { $count } km
}
waiting-rule = no mentor with a free place passes the rule: { $value }
waiting-no-mentor = no mentor with a free place
proposal-title = Your tandem proposal
proposal-area = Lives in
proposal-shared-interests = You both like
proposal-accept = Yes, I would like to meet
proposal-decline = No, thank you
proposal-decline-reason = Reason (optional)
proposal-invalid = This link is not valid. Please ask your coordinator for a new one.
proposal-expired = This proposal has expired. Your coordinator will get in touch.
proposal-waiting-other = Thank you! We are waiting for the other person's answer.
proposal-declined = This proposal was declined. You stay on the waiting list.
proposal-accepted = Both have accepted. Your coordinator will get in touch to arrange the first meeting.
proposal-thanks-accepted = Thank you for your answer!
proposal-thanks-declined = Thank you for telling us. You stay on the waiting list.
proposal-already-answered = This proposal has already been answered.
mail-proposal-subject = A tandem proposal for you
mail-proposal-body = Hello { $name },

    we would like to introduce you to { $other }. Please have a look and tell us whether you would like to meet:

    { $link }

    The link is personal; please do not pass it on. It is valid for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.

    Your Tandem team

criteria-title = Matching criteria: { $value }
criteria-link = Matching criteria
criteria-saved = Saved. The next matching run uses these criteria.
criteria-rules = Rules (a pair must meet all of them)
criteria-min-level = Shared language at least at level
criteria-max-km = Largest distance in km
criteria-max-km-hint = Leave empty when distance does not matter (online programmes).
criteria-mentee-age = Age of mentees
criteria-mentor-age = Age of mentors
criteria-from = from
criteria-to = to
criteria-weights = Weights (how much each part counts)
criteria-weights-hint = Points at full strength, 0 to 1000 each, at most 1000 together.
criteria-weight-language = Language level
criteria-weight-distance = Short way
criteria-weight-interests = Shared interests
criteria-weight-common-time = Common times
criteria-weight-waiting = Waiting time
error-field-range-1-500 = Please enter a number from 1 to 500, or leave it empty.
error-field-range-0-1000 = Please enter a number from 0 to 1000.
error-field-age-range = Please enter two ages from 0 to 120, the first not above the second, or leave both empty.
error-field-weights-sum = The weights may add up to at most 1000.
mail-reminder-subject = Reminder: your tandem proposal
mail-reminder-body = Hello { $name },

    we proposed { $other } to you and have not heard from you yet. Please tell us whether you would like to meet:

    { $link }

    This new link replaces the earlier one. The proposal expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.

    Your Tandem team
run-swap-hint = Swap the mentors of two proposals (both new pairs must pass the rules).
run-swap-first = First proposal
run-swap-second = Second proposal
run-swap = Swap mentors
run-swap-breaks = The swap is not possible: a new pair breaks the rule "{ $value }".

# Intake answers as matching criteria
rule-name-shared_answer = no common answer to a required question
reason-shared-answer = same answer to “{ $question }”: { $answers }
criteria-weight-answers = Same answers to preferred questions
criteria-answers = Registration questions as criteria
criteria-answers-hint = Only choice questions asked of both mentees and mentors can be compared. Someone who did not answer a question is neither excluded nor preferred by it.
criteria-answer-none = not a criterion
criteria-answer-must_share = must share at least one answer
criteria-answer-prefer = prefer equal answers
