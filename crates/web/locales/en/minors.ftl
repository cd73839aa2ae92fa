# Minors and certificates of conduct: birth date, guardian and consent, the §72a record.
minors-section = Child or young person
minors-birth-date = Date of birth
minors-age = { $count ->
    [one] { $count } year old
   *[other] { $count } years old
}
minors-guardian = Parent or legal guardian
minors-guardian-name = Name of the parent or legal guardian
minors-guardian-relation = Relation to the child
minors-guardian-phone = Guardian's phone
minors-guardian-email = Guardian's e-mail
minors-relation-parent = Parent
minors-relation-legal_guardian = Legal guardian (Vormund)
minors-consent = Guardian's consent
minors-consent-given-by = Consent given by
minors-consent-given-on = Consent given on
minors-consent-channel = How the consent was given
minors-channel-paper = On paper
minors-channel-in_person = In person
minors-channel-online = Online
minors-nomination = Nominated by (school or teacher)
minors-nomination-hint = Optional: the school or teacher who suggested the child.
minors-renewal-due = { $count ->
   *[other] Now { $count } years old: the consent must be renewed.
}
minors-consent-missing = Under 18 without a guardian's consent: stays registered and cannot be matched.
minors-edit-guardian = Birth date, guardian and consent
minors-guardian-title = Birth date and guardian
minors-guardian-hint = Record the birth date. For anyone under 18, also record the parent or legal guardian, how to reach them and their consent.
minors-guardian-needed-hint = Needed for anyone under 18: a name, the relation, a phone number or an e-mail address.
minors-back-to-person = Back to the profile
minors-certificate-title = Certificate of conduct (§72a SGB VIII)
minors-certificate-hint = Record only what you saw: when you inspected the extended certificate of conduct, its date, and whether it shows a relevant entry. Do not keep a copy.
minors-inspected-on = Inspected on
minors-certificate-dated = Certificate dated
minors-certificate-dated-hint = At the inspection it may be at most three months old.
minors-relevant-entry = Relevant entry
minors-yes = Yes
minors-no = No
minors-inspected-by = Inspected by
minors-renew-by = Renew by
minors-renewal = Renewal
minors-renewal-soon = Due soon: ask for a new certificate.
minors-clearance-valid = Certificate of conduct: valid
minors-clearance-not_valid = Certificate of conduct: not valid
minors-clearance-missing = Certificate of conduct: missing
minors-record-certificate = Record an inspection
minors-register-legend = Child or young person under 18
minors-register-hint = For someone under 18, a parent or legal guardian fills in this part and consents.
minors-register-consent = I am the parent or legal guardian and I consent to the registration and to the data being stored for the programme.
minors-error-birth-date-needed = Please give the full date of birth; under 18 we also need a parent or legal guardian.
minors-error-consent = The parent or legal guardian must consent.
minors-mail-renewal-subject = Consent for the sponsorship: please renew it
minors-mail-renewal-body = Hello,

    { $name } is now { $age } years old. Please renew your consent for the sponsorship with the programme's team; they will contact you, or answer this e-mail.
minors-mail-renewal-body-adult = Hello { $name },

    you are now { $age } years old and decide for yourself. Please tell the programme's team whether you would like to continue; answer this e-mail.
rule-name-certificate_of_conduct = certificate of conduct
error-field-guardian-consent-missing = Under 18: the consent of a parent or legal guardian is missing.
error-field-certificate-missing = This mentor has no certificate of conduct on record; a child cannot be paired with them.
error-field-certificate-not-valid = This mentor's certificate of conduct is not valid; a child cannot be paired with them.
error-field-certificate-too-old = The certificate was more than three months old at the inspection.
error-field-certificate-after-inspection = The certificate cannot be dated after the inspection.
error-field-future-date = This date lies in the future.
error-field-birth-date = Please check the date of birth.
error-field-birth-year-mismatch = The date of birth does not match the year of birth.
error-field-guardian-contact = Please give a phone number or an e-mail address of the guardian.
