//! Minors and certificates of conduct in storage: a person's birth date, guardian and consent
//! (`minor_details`), a mentor's §72a record (`conduct_certificates`), what matching and tandem
//! creation read for the safeguarding gate, the deletion of records after the mentor's activity
//! ended, and consent renewals due at 16 and 18.
//!
//! Every function that an organisation calls is scoped by that organisation. The rules (who is a
//! minor, when a record is valid or must go) live in `tandem_core::minors`; this module only
//! reads and writes.

use crate::{
    Store, StoreError, StoreResult, as_system, from_unix, in_organisation,
    in_organisation_transaction, to_unix,
};
use tandem_core::{
    DomainError,
    event::to_local,
    ids::{OrganisationId, PersonId, ProgrammeId, UserId},
    minors::{
        CertificateRecord, CertificateRetention, ConsentChannel, Guardian, GuardianConsent,
        GuardianRelation, MinorDetails, date_text, parse_date,
    },
    person::{ConsentRecord, Person, Profile, Side},
    values::{BirthYear, Email},
};
use time::{Date, OffsetDateTime};

/// Statements run by erasure (`Store::erase_person`) for one person (`$1`): their guardian and
/// certificate records go, and diary texts of their tandems (primary or further member) are
/// blanked.
pub(crate) const ERASE_MINORS: [&str; 3] = [
    "DELETE FROM minor_details WHERE person_id = $1",
    "DELETE FROM conduct_certificates WHERE person_id = $1",
    "UPDATE diary_entries SET activities = '', how_it_went = '', comment = NULL \
     WHERE tandem_id IN (SELECT id FROM tandems WHERE mentee_id = $1 OR mentor_id = $1) \
     OR tandem_id IN (SELECT tandem_id FROM tandem_members WHERE person_id = $1)",
];

pub(crate) const MINOR_COLUMNS: &str = "birth_date, guardian_name, guardian_relation, \
     guardian_phone, guardian_email, consent_given_by, consent_given_on, consent_channel, \
     nomination";

#[derive(sqlx::FromRow)]
pub(crate) struct MinorRow {
    birth_date: String,
    guardian_name: Option<String>,
    guardian_relation: Option<String>,
    guardian_phone: Option<String>,
    guardian_email: Option<String>,
    consent_given_by: Option<String>,
    consent_given_on: Option<String>,
    consent_channel: Option<String>,
    nomination: Option<String>,
}

fn stored_date(raw: &str, column: &'static str) -> StoreResult<Date> {
    parse_date("date", raw).map_err(|_| StoreError::Corrupt(column))
}

impl MinorRow {
    pub(crate) fn into_domain(self) -> StoreResult<MinorDetails> {
        let guardian = match (self.guardian_name, self.guardian_relation) {
            (Some(name), Some(relation)) => Some(Guardian {
                name,
                relation: GuardianRelation::parse(&relation)
                    .map_err(|_| StoreError::Corrupt("minor_details.guardian_relation"))?,
                phone: self.guardian_phone,
                email: self
                    .guardian_email
                    .map(|email| Email::parse(&email))
                    .transpose()
                    .map_err(|_| StoreError::Corrupt("minor_details.guardian_email"))?,
            }),
            _ => None,
        };
        let consent = match (
            self.consent_given_by,
            self.consent_given_on,
            self.consent_channel,
        ) {
            (Some(given_by), Some(given_on), Some(channel)) => Some(GuardianConsent {
                given_by,
                given_on: stored_date(&given_on, "minor_details.consent_given_on")?,
                channel: ConsentChannel::parse(&channel)
                    .map_err(|_| StoreError::Corrupt("minor_details.consent_channel"))?,
            }),
            _ => None,
        };
        Ok(MinorDetails {
            birth_date: stored_date(&self.birth_date, "minor_details.birth_date")?,
            guardian,
            consent,
            nomination: self.nomination,
        })
    }
}

pub(crate) const CERTIFICATE_COLUMNS: &str =
    "inspected_on, certificate_dated, relevant_entry, inspected_by";

#[derive(sqlx::FromRow)]
pub(crate) struct CertificateRow {
    inspected_on: String,
    certificate_dated: String,
    relevant_entry: bool,
    inspected_by: String,
}

impl CertificateRow {
    pub(crate) fn into_domain(self) -> StoreResult<CertificateRecord> {
        Ok(CertificateRecord {
            inspected_on: stored_date(&self.inspected_on, "conduct_certificates.inspected_on")?,
            certificate_dated: stored_date(
                &self.certificate_dated,
                "conduct_certificates.certificate_dated",
            )?,
            relevant_entry: self.relevant_entry,
            inspected_by: UserId::from_string(self.inspected_by),
        })
    }
}

/// A minor's consent that must be renewed (they turned 16 or 18 since it was given), with whom
/// to write to: the guardian at 16, the young person themselves at 18.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRenewal {
    pub organisation_id: OrganisationId,
    pub person_id: PersonId,
    pub milestone: i32,
    pub first_name: String,
    pub recipient: Option<String>,
    pub locale: String,
}

/// The guardian's and the person's contact, for [`Store::consent_renewals_due`].
#[derive(sqlx::FromRow)]
struct RenewalRow {
    organisation_id: String,
    person_id: String,
    first_name: String,
    email: String,
    locale: String,
    birth_year: i64,
    renewal_reminded_for: Option<i64>,
    #[sqlx(flatten)]
    details: MinorRow,
}

pub(crate) fn birth_year(raw: i64) -> StoreResult<BirthYear> {
    i32::try_from(raw)
        .ok()
        .and_then(|year| BirthYear::new(year, 2100).ok())
        .ok_or(StoreError::Corrupt("people.birth_year"))
}

impl Store {
    /// A person's birth date and guardian details, if recorded.
    pub async fn minor_details(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Option<MinorDetails>> {
        let sql = format!(
            "SELECT {MINOR_COLUMNS} FROM minor_details WHERE person_id = $1 AND organisation_id = $2"
        );
        let row: Option<MinorRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(person.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.map(MinorRow::into_domain).transpose()
    }

    /// Records (or replaces) a person's birth date and guardian details. `NotFound` for a person
    /// of another organisation.
    pub async fn save_minor_details(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        details: &MinorDetails,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation_transaction!(self, organisation, |tx| {
            let found: Option<String> = sqlx::query_scalar(
                "SELECT id FROM people WHERE id = $1 AND organisation_id = $2 \
                 AND erased_at IS NULL",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            if found.is_none() {
                return Err(StoreError::NotFound);
            }
            upsert_minor(organisation, person, details, now)
                .execute(&mut *tx)
                .await?;
            Ok::<_, StoreError>(())
        })
    }

    /// Registration with a birth date (and, for a minor, guardian and consent): the person and
    /// the details are written together or not at all.
    pub async fn register_person_with_details(
        &self,
        programme: &ProgrammeId,
        side: Side,
        profile: &Profile,
        consent: &ConsentRecord,
        details: &MinorDetails,
        now: OffsetDateTime,
    ) -> StoreResult<Person> {
        let person = self
            .register_person(programme, side, profile, consent, now)
            .await?;
        let organisation: String = as_system!(self, |tx| {
            sqlx::query_scalar("SELECT organisation_id FROM people WHERE id = $1")
                .bind(person.id.as_str())
                .fetch_one(&mut *tx)
                .await
        })?;
        let organisation = OrganisationId::from_string(organisation);
        if let Err(error) = self
            .save_minor_details(&organisation, &person.id, details, now)
            .await
        {
            // Undo the registration, so that the person can send the form again.
            as_system!(self, |tx| {
                sqlx::query("DELETE FROM people WHERE id = $1")
                    .bind(person.id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map(|_| ())
            })?;
            return Err(error);
        }
        Ok(person)
    }

    /// A mentor's certificate record, if one is on file.
    pub async fn certificate(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<Option<CertificateRecord>> {
        let sql = format!(
            "SELECT {CERTIFICATE_COLUMNS} FROM conduct_certificates \
             WHERE person_id = $1 AND organisation_id = $2"
        );
        let row: Option<CertificateRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(person.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.map(CertificateRow::into_domain).transpose()
    }

    /// Records an inspection (replacing the previous one). Only mentors have certificates:
    /// anyone else is refused with a field error; another organisation's person is `NotFound`.
    pub async fn record_certificate(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
        record: &CertificateRecord,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        in_organisation_transaction!(self, organisation, |tx| {
            let side: Option<String> = sqlx::query_scalar(
                "SELECT side FROM people WHERE id = $1 AND organisation_id = $2 \
                 AND erased_at IS NULL",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            match side.as_deref() {
                None => return Err(StoreError::NotFound),
                Some(side) if side != Side::Mentor.as_str() => {
                    return Err(DomainError::invalid("person", "not-a-mentor").into());
                }
                Some(_) => {}
            }
            sqlx::query(
                "INSERT INTO conduct_certificates (person_id, organisation_id, inspected_on, \
                 certificate_dated, relevant_entry, inspected_by, recorded_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (person_id) DO UPDATE SET \
                 inspected_on = excluded.inspected_on, \
                 certificate_dated = excluded.certificate_dated, \
                 relevant_entry = excluded.relevant_entry, \
                 inspected_by = excluded.inspected_by, recorded_at = excluded.recorded_at",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .bind(date_text(record.inspected_on))
            .bind(date_text(record.certificate_dated))
            .bind(record.relevant_entry)
            .bind(record.inspected_by.as_str())
            .bind(to_unix(now))
            .execute(&mut *tx)
            .await?;
            Ok::<_, StoreError>(())
        })
    }

    /// Removes a mentor's certificate record. Returns whether there was one.
    pub async fn delete_certificate(
        &self,
        organisation: &OrganisationId,
        person: &PersonId,
    ) -> StoreResult<bool> {
        let deleted = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "DELETE FROM conduct_certificates WHERE person_id = $1 AND organisation_id = $2",
            )
            .bind(person.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        Ok(deleted > 0)
    }

    /// Certificate records whose mentor's activity ended long enough ago that `retention` says
    /// they must go on `today`. A mentor's activity has ended when they are alumni or withdrawn
    /// (or erased) and in no open tandem; it ended on the day their last tandem ended, or — if
    /// that is later or there was none — on the last change of their row (when they withdrew).
    pub async fn certificates_due_for_deletion(
        &self,
        retention: CertificateRetention,
        today: Date,
    ) -> StoreResult<Vec<(OrganisationId, PersonId)>> {
        let rows: Vec<(String, String, i64, Option<i64>)> = as_system!(self, |tx| {
            sqlx::query_as(
                "SELECT c.organisation_id, c.person_id, p.updated_at, \
                 (SELECT MAX(t.ended_at) FROM tandems t WHERE t.mentor_id = p.id) \
                 FROM conduct_certificates c JOIN people p ON p.id = c.person_id \
                 WHERE (p.status IN ('alumni', 'withdrawn') OR p.erased_at IS NOT NULL) \
                 AND NOT EXISTS (SELECT 1 FROM tandems t WHERE t.mentor_id = p.id \
                   AND t.status IN ('proposed', 'accepted', 'active', 'paused')) \
                 ORDER BY c.person_id",
            )
            .fetch_all(&mut *tx)
            .await
        })?;
        let mut due = Vec::new();
        for (organisation, person, updated_at, last_tandem_end) in rows {
            let ended = last_tandem_end.unwrap_or(updated_at).max(updated_at);
            let ended = to_local(from_unix(ended, "people.updated_at")?).date();
            if retention.is_due(ended, today) {
                due.push((
                    OrganisationId::from_string(organisation),
                    PersonId::from_string(person),
                ));
            }
        }
        Ok(due)
    }

    /// Minors whose consent must be renewed on `today` and who were not yet reminded for that
    /// milestone.
    pub async fn consent_renewals_due(&self, today: Date) -> StoreResult<Vec<ConsentRenewal>> {
        let sql = format!(
            "SELECT p.organisation_id, p.id AS person_id, p.first_name, p.email, p.locale, \
             p.birth_year, m.renewal_reminded_for, {} FROM minor_details m \
             JOIN people p ON p.id = m.person_id \
             WHERE p.erased_at IS NULL AND p.status <> 'withdrawn' \
             AND m.consent_given_on IS NOT NULL ORDER BY p.id",
            qualified(MINOR_COLUMNS, "m")
        );
        let rows: Vec<RenewalRow> =
            as_system!(self, |tx| sqlx::query_as(&sql).fetch_all(&mut *tx).await)?;
        let mut due = Vec::new();
        for row in rows {
            birth_year(row.birth_year)?;
            let details = row.details.into_domain()?;
            let Some(milestone) = details.consent_renewal_due(today) else {
                continue;
            };
            if row
                .renewal_reminded_for
                .is_some_and(|reminded| reminded >= i64::from(milestone))
            {
                continue;
            }
            let recipient = if milestone >= 18 {
                Some(row.email)
            } else {
                details
                    .guardian
                    .and_then(|guardian| guardian.email.map(|e| e.as_str().to_owned()))
            };
            due.push(ConsentRenewal {
                organisation_id: OrganisationId::from_string(row.organisation_id),
                person_id: PersonId::from_string(row.person_id),
                milestone,
                first_name: row.first_name,
                recipient,
                locale: row.locale,
            });
        }
        Ok(due)
    }

    /// Claims the reminder for one milestone: `true` for the first caller only, so a job run
    /// twice mails once.
    pub async fn claim_consent_renewal_reminder(
        &self,
        person: &PersonId,
        milestone: i32,
    ) -> StoreResult<bool> {
        let claimed = as_system!(self, |tx| {
            sqlx::query(
                "UPDATE minor_details SET renewal_reminded_for = $1 WHERE person_id = $2 \
                 AND (renewal_reminded_for IS NULL OR renewal_reminded_for < $1)",
            )
            .bind(i64::from(milestone))
            .bind(person.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        Ok(claimed == 1)
    }
}

/// The upsert of a `minor_details` row.
fn upsert_minor<'q, DB: sqlx::Database>(
    organisation: &'q OrganisationId,
    person: &'q PersonId,
    details: &'q MinorDetails,
    now: OffsetDateTime,
) -> sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>
where
    String: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<String>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    let guardian = details.guardian.as_ref();
    let consent = details.consent.as_ref();
    sqlx::query(
        "INSERT INTO minor_details (person_id, organisation_id, birth_date, guardian_name, \
         guardian_relation, guardian_phone, guardian_email, consent_given_by, consent_given_on, \
         consent_channel, nomination, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (person_id) DO UPDATE SET birth_date = excluded.birth_date, \
         guardian_name = excluded.guardian_name, guardian_relation = excluded.guardian_relation, \
         guardian_phone = excluded.guardian_phone, guardian_email = excluded.guardian_email, \
         consent_given_by = excluded.consent_given_by, \
         consent_given_on = excluded.consent_given_on, \
         consent_channel = excluded.consent_channel, nomination = excluded.nomination, \
         updated_at = excluded.updated_at",
    )
    .bind(person.as_str())
    .bind(organisation.as_str())
    .bind(date_text(details.birth_date))
    .bind(guardian.map(|g| g.name.clone()))
    .bind(guardian.map(|g| g.relation.as_str().to_owned()))
    .bind(guardian.and_then(|g| g.phone.clone()))
    .bind(guardian.and_then(|g| g.email.as_ref().map(|e| e.as_str().to_owned())))
    .bind(consent.map(|c| c.given_by.clone()))
    .bind(consent.map(|c| date_text(c.given_on)))
    .bind(consent.map(|c| c.channel.as_str().to_owned()))
    .bind(details.nomination.clone())
    .bind(to_unix(now))
}

/// The people a matching pool must hold back or keep apart (used by `Store::matching_pool`).
pub(crate) struct PoolSafeguarding {
    pub safeguarding: tandem_core::minors::Safeguarding,
    /// Minors without a guardian's consent: never matched.
    pub unconsented: std::collections::HashSet<PersonId>,
}

#[derive(sqlx::FromRow)]
struct PersonMinorRow {
    person_id: String,
    #[sqlx(flatten)]
    details: MinorRow,
}

#[derive(sqlx::FromRow)]
struct PersonCertificateRow {
    person_id: String,
    #[sqlx(flatten)]
    record: CertificateRow,
}

/// `MINOR_COLUMNS` (or another list) qualified with a table alias.
fn qualified(columns: &str, alias: &str) -> String {
    columns
        .split(',')
        .map(|column| format!("{alias}.{}", column.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Store {
    /// Minors among a programme's waiting mentees and the certificates of its mentors, as
    /// matching needs them: two queries, whatever the size of the pool.
    pub(crate) async fn pool_safeguarding(
        &self,
        organisation: &OrganisationId,
        programme: &ProgrammeId,
        mentees: &[Person],
        today: Date,
    ) -> StoreResult<PoolSafeguarding> {
        let minors_sql = format!(
            "SELECT m.person_id, {} FROM minor_details m JOIN people p ON p.id = m.person_id \
             WHERE p.programme_id = $1 AND m.organisation_id = $2",
            qualified(MINOR_COLUMNS, "m")
        );
        let certificates_sql = format!(
            "SELECT c.person_id, {} FROM conduct_certificates c \
             JOIN people p ON p.id = c.person_id WHERE p.programme_id = $1 \
             AND c.organisation_id = $2",
            qualified(CERTIFICATE_COLUMNS, "c")
        );
        let (minor_rows, certificate_rows): (Vec<PersonMinorRow>, Vec<PersonCertificateRow>) =
            in_organisation!(self, organisation, |tx| {
                let minors = sqlx::query_as(&minors_sql)
                    .bind(programme.as_str())
                    .bind(organisation.as_str())
                    .fetch_all(&mut *tx)
                    .await?;
                let certificates = sqlx::query_as(&certificates_sql)
                    .bind(programme.as_str())
                    .bind(organisation.as_str())
                    .fetch_all(&mut *tx)
                    .await?;
                Ok::<_, sqlx::Error>((minors, certificates))
            })?;
        let mut details = std::collections::HashMap::new();
        for row in minor_rows {
            details.insert(
                PersonId::from_string(row.person_id),
                row.details.into_domain()?,
            );
        }
        let mut result = PoolSafeguarding {
            safeguarding: tandem_core::minors::Safeguarding::default(),
            unconsented: std::collections::HashSet::new(),
        };
        for row in certificate_rows {
            result.safeguarding.certificates.insert(
                PersonId::from_string(row.person_id),
                row.record.into_domain()?,
            );
        }
        for mentee in mentees {
            let details = details.get(&mentee.id);
            let minor = tandem_core::minors::is_minor(
                details.map(|d| d.birth_date),
                mentee.profile.birth_year,
                today,
            );
            if minor {
                result.safeguarding.minors.insert(mentee.id.clone());
            }
            if MinorDetails::check_may_proceed(details, mentee.profile.birth_year, today).is_err() {
                result.unconsented.insert(mentee.id.clone());
            }
        }
        Ok(result)
    }
}
