//! Tandems with several mentors ("two sponsors for one mentee") or several mentees ("a mentor
//! with a family"). A tandem keeps its primary mentor and mentee; further members join it one at
//! a time, where the tandem's rules allow it (`ProgrammeRules::max_mentors_per_tandem` and
//! `max_mentees_per_tandem`, kept in the tandem's snapshot). Every rule that holds for the
//! primary mentor holds for each further mentor, and is decided here, not in the interface:
//! room in the tandem, the mentor's free places, required trainings, and the §72a certificate
//! whenever any mentee of the tandem is a minor (or the programme asks it of everyone).

use crate::{
    DomainError,
    minors::{CertificateRecord, check_pairing},
    person::{PersonStatus, Side},
    programme_rules::{ProgrammeRules, TrainingRecord, check_trainings},
    tandem::TandemStatus,
};
use time::Date;

/// The most mentors any tandem may have, whatever a programme sets.
pub const MAX_MENTORS: u8 = 3;
/// The most mentees any tandem may have (a large family), whatever a programme sets.
pub const MAX_MENTEES: u8 = 12;

/// Everything the decision on one more member needs, read by the store inside the transaction
/// that adds the member.
#[derive(Debug, Clone)]
pub struct NewMember<'a> {
    pub side: Side,
    /// The rules the tandem started with (the programme's rules for tandems without a snapshot).
    pub rules: &'a ProgrammeRules,
    pub tandem_open: bool,
    /// The candidate is registered for the tandem's programme (and so its organisation).
    pub same_programme: bool,
    /// The candidate is the tandem's primary mentor or mentee, or already a member.
    pub already_in_tandem: bool,
    pub status: PersonStatus,
    /// Mentors and mentees the tandem has now, primary ones included.
    pub mentors: u8,
    pub mentees: u8,
    /// A mentor's places left (capacity minus open tandems, as primary or further mentor).
    pub free_places: i64,
    /// A mentor's training record.
    pub trainings: &'a [TrainingRecord],
    /// Whether a minor is among the tandem's mentees once the candidate has joined.
    pub minor_among_mentees: bool,
    /// The certificate records of every mentor the tandem has once the candidate has joined.
    pub mentor_certificates: Vec<Option<&'a CertificateRecord>>,
    /// For a mentee who is a minor: whether the guardian's consent is on record.
    pub guardian_consent_ok: bool,
    pub today: Date,
}

impl NewMember<'_> {
    /// Decides whether the candidate may join; returns the candidate's status afterwards
    /// (matched). Refusals are field errors with a stable code, like manual tandem creation.
    pub fn check(&self) -> Result<PersonStatus, DomainError> {
        let field = self.side.as_str();
        if !self.tandem_open {
            return Err(DomainError::invalid("tandem", "tandem-closed"));
        }
        if !self.same_programme {
            return Err(DomainError::invalid(field, "other-programme"));
        }
        if self.already_in_tandem {
            return Err(DomainError::invalid(field, "already-in-tandem"));
        }
        let (now, allowed) = match self.side {
            Side::Mentor => (
                self.mentors,
                self.rules.max_mentors_per_tandem.clamp(1, MAX_MENTORS),
            ),
            Side::Mentee => (
                self.mentees,
                self.rules.max_mentees_per_tandem.clamp(1, MAX_MENTEES),
            ),
        };
        if now >= allowed {
            return Err(DomainError::invalid(field, "tandem-full"));
        }
        let next = self
            .status
            .on_tandem_formed(self.side)
            .map_err(|_| DomainError::invalid(field, "not-available"))?;
        match self.side {
            Side::Mentor => {
                if self.free_places <= 0 {
                    return Err(DomainError::invalid("mentor", "mentor-full"));
                }
                check_trainings(&self.rules.required_trainings, self.trainings)?;
            }
            Side::Mentee => {
                if !self.guardian_consent_ok {
                    return Err(DomainError::invalid("mentee", "guardian-consent-missing"));
                }
            }
        }
        // §72a: with a minor among the mentees, every mentor needs a valid record — the new
        // mentor, or, when a child joins, each mentor the tandem already has.
        let certificate_needed = self.rules.certificate_required || self.minor_among_mentees;
        for certificate in &self.mentor_certificates {
            check_pairing(certificate_needed, *certificate, self.today)?;
        }
        Ok(next)
    }
}

/// Whether someone of `side` in a tandem of `status` sees the profiles of its mentees (a child's
/// above all: first name, age, languages, area, guardian) besides the organisation's
/// coordinators: a mentor of the tandem — primary or further — while the tandem binds them.
/// Mentees see no other mentee's profile, and nobody sees one once the tandem has closed. Who
/// counts as a mentor of the tandem is the store's question (`Store::mentees_seen_by`).
pub const fn sees_mentee_profiles(side: Side, status: TandemStatus) -> bool {
    matches!(side, Side::Mentor) && status.is_open()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ids::UserId, programme_rules::Template};
    use time::macros::date;

    fn base<'a>(rules: &'a ProgrammeRules, side: Side) -> NewMember<'a> {
        NewMember {
            side,
            rules,
            tandem_open: true,
            same_programme: true,
            already_in_tandem: false,
            status: PersonStatus::Ready,
            mentors: 1,
            mentees: 1,
            free_places: 1,
            trainings: &[],
            minor_among_mentees: false,
            mentor_certificates: vec![None],
            guardian_consent_ok: true,
            today: date!(2026 - 12 - 06),
        }
    }

    fn code(result: Result<PersonStatus, DomainError>) -> &'static str {
        match result {
            Err(DomainError::Invalid { code, .. }) => code,
            Err(DomainError::CertificateOfConduct { .. }) => "certificate",
            _ => "ok",
        }
    }

    #[test]
    fn only_a_mentor_of_an_open_tandem_sees_its_mentees() {
        for status in [
            TandemStatus::Proposed,
            TandemStatus::Accepted,
            TandemStatus::Active,
            TandemStatus::Paused,
        ] {
            assert!(sees_mentee_profiles(Side::Mentor, status));
            assert!(!sees_mentee_profiles(Side::Mentee, status));
        }
        for status in [
            TandemStatus::Declined,
            TandemStatus::Completed,
            TandemStatus::EndedEarly,
        ] {
            assert!(!sees_mentee_profiles(Side::Mentor, status));
        }
    }

    #[test]
    fn templates_allow_a_family_or_two_sponsors() {
        let buddy = Template::Buddy.rules();
        assert_eq!(
            (buddy.max_mentors_per_tandem, buddy.max_mentees_per_tandem),
            (1, 6)
        );
        let career = Template::Career.rules();
        assert_eq!(
            (career.max_mentors_per_tandem, career.max_mentees_per_tandem),
            (2, 1)
        );
        let children = Template::LearningChildren.rules();
        assert_eq!(
            (
                children.max_mentors_per_tandem,
                children.max_mentees_per_tandem
            ),
            (1, 1)
        );
        assert_eq!(code(base(&buddy, Side::Mentee).check()), "ok");
        assert_eq!(code(base(&buddy, Side::Mentor).check()), "tandem-full");
        assert_eq!(code(base(&career, Side::Mentee).check()), "tandem-full");
        let mut career_rules = career.clone();
        career_rules.required_trainings.clear();
        assert_eq!(code(base(&career_rules, Side::Mentor).check()), "ok");
        let third = NewMember {
            mentors: 2,
            ..base(&career_rules, Side::Mentor)
        };
        assert_eq!(code(third.check()), "tandem-full");
        let family = NewMember {
            mentees: 6,
            ..base(&buddy, Side::Mentee)
        };
        assert_eq!(code(family.check()), "tandem-full");
    }

    #[test]
    fn a_further_mentor_passes_every_rule_of_a_mentor() {
        let rules = Template::Career.rules();
        let required = base(&rules, Side::Mentor);
        assert_eq!(code(required.check()), "required-trainings-missing");
        let trained = [TrainingRecord {
            title: "Einführung ins Mentoring".into(),
            held_on: date!(2026 - 11 - 01),
            attended: true,
        }];
        let ok = NewMember {
            trainings: &trained,
            ..base(&rules, Side::Mentor)
        };
        assert_eq!(ok.check().unwrap(), PersonStatus::Matched);
        let full = NewMember {
            free_places: 0,
            ..ok.clone()
        };
        assert_eq!(code(full.check()), "mentor-full");
        let closed = NewMember {
            tandem_open: false,
            ..ok.clone()
        };
        assert_eq!(code(closed.check()), "tandem-closed");
        let elsewhere = NewMember {
            same_programme: false,
            ..ok.clone()
        };
        assert_eq!(code(elsewhere.check()), "other-programme");
        let twice = NewMember {
            already_in_tandem: true,
            ..ok.clone()
        };
        assert_eq!(code(twice.check()), "already-in-tandem");
        // A minor among the mentees: a mentor without a record is refused, a valid one passes.
        let minor = NewMember {
            minor_among_mentees: true,
            ..ok.clone()
        };
        assert_eq!(code(minor.check()), "certificate");
        let record = CertificateRecord {
            inspected_on: date!(2026 - 11 - 20),
            certificate_dated: date!(2026 - 11 - 01),
            relevant_entry: false,
            inspected_by: UserId::generate(),
        };
        let cleared = NewMember {
            mentor_certificates: vec![Some(&record)],
            ..minor.clone()
        };
        assert_eq!(code(cleared.check()), "ok");
        let entry = CertificateRecord {
            relevant_entry: true,
            ..record.clone()
        };
        let flagged = NewMember {
            mentor_certificates: vec![Some(&entry)],
            ..minor
        };
        assert_eq!(code(flagged.check()), "certificate");
    }

    #[test]
    fn a_child_joins_only_when_every_mentor_is_cleared_and_the_guardian_consented() {
        let rules = Template::Buddy.rules();
        let record = CertificateRecord {
            inspected_on: date!(2026 - 11 - 20),
            certificate_dated: date!(2026 - 11 - 01),
            relevant_entry: false,
            inspected_by: UserId::generate(),
        };
        let child = NewMember {
            minor_among_mentees: true,
            mentor_certificates: vec![Some(&record), None],
            ..base(&rules, Side::Mentee)
        };
        assert_eq!(
            code(child.check()),
            "certificate",
            "the second mentor has no record"
        );
        let cleared = NewMember {
            mentor_certificates: vec![Some(&record)],
            ..child.clone()
        };
        assert_eq!(code(cleared.check()), "ok");
        let unconsented = NewMember {
            guardian_consent_ok: false,
            ..cleared.clone()
        };
        assert_eq!(code(unconsented.check()), "guardian-consent-missing");
        let matched = NewMember {
            status: PersonStatus::Matched,
            ..cleared
        };
        assert_eq!(
            code(matched.check()),
            "not-available",
            "a mentee is in one open tandem only"
        );
    }
}
