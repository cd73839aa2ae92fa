//! Mentors and mentees. Every read and write except registration is scoped by organisation.

use crate::{
    Page, Store, StoreError, StoreResult, as_system, conflict_on, from_unix, in_organisation,
    in_organisation_transaction, page_window, to_unix,
};
use tandem_core::{
    ids::{OrganisationId, PersonId, ProgrammeId},
    person::{ConsentRecord, Person, PersonStatus, Profile, Side},
    values::{
        Availability, BirthYear, Email, Gender, GenderPreference, PostalCode, SpokenLanguage,
        parse_tags,
    },
};

#[derive(sqlx::FromRow)]
pub(crate) struct PersonRow {
    id: String,
    programme_id: String,
    side: String,
    status: String,
    first_name: String,
    last_name: String,
    email: String,
    phone: Option<String>,
    postal_code: String,
    languages: String,
    availability: i64,
    gender: String,
    gender_preference: String,
    birth_year: i64,
    interests: String,
    goals: String,
    profession: String,
    capacity: Option<i64>,
    locale: String,
    coordinator_notes: String,
    consent_text_version: String,
    consent_locale: String,
    consent_given_at: i64,
    registered_at: i64,
}

pub(crate) const PERSON_COLUMNS: &str = "id, programme_id, side, status, first_name, last_name, email, phone, \
     postal_code, languages, availability, gender, gender_preference, birth_year, interests, goals, \
     profession, capacity, locale, coordinator_notes, consent_text_version, consent_locale, \
     consent_given_at, registered_at";

impl PersonRow {
    pub(crate) fn into_domain(self) -> StoreResult<Person> {
        let corrupt = |column| move |_| StoreError::Corrupt(column);
        let availability = u32::try_from(self.availability)
            .ok()
            .and_then(|bits| Availability::from_bits(bits).ok())
            .ok_or(StoreError::Corrupt("people.availability"))?;
        let birth_year = i32::try_from(self.birth_year)
            .ok()
            .and_then(|year| BirthYear::new(year, 2100).ok())
            .ok_or(StoreError::Corrupt("people.birth_year"))?;
        Ok(Person {
            id: PersonId::from_string(self.id),
            programme_id: ProgrammeId::from_string(self.programme_id),
            side: Side::parse(&self.side).map_err(corrupt("people.side"))?,
            status: PersonStatus::parse(&self.status).map_err(corrupt("people.status"))?,
            profile: Profile {
                first_name: self.first_name,
                last_name: self.last_name,
                email: Email::parse(&self.email).map_err(corrupt("people.email"))?,
                phone: self.phone,
                postal_code: PostalCode::parse(&self.postal_code)
                    .map_err(corrupt("people.postal_code"))?,
                languages: SpokenLanguage::parse_list(&self.languages)
                    .map_err(corrupt("people.languages"))?,
                availability,
                gender: Gender::parse(&self.gender).map_err(corrupt("people.gender"))?,
                gender_preference: GenderPreference::parse(&self.gender_preference)
                    .map_err(corrupt("people.gender_preference"))?,
                birth_year,
                interests: parse_tags("interests", &self.interests)
                    .map_err(corrupt("people.interests"))?,
                goals: parse_tags("goals", &self.goals).map_err(corrupt("people.goals"))?,
                profession: self.profession,
                capacity: self.capacity.and_then(|places| u8::try_from(places).ok()),
                locale: self.locale,
            },
            coordinator_notes: self.coordinator_notes,
            consent: ConsentRecord {
                text_version: self.consent_text_version,
                locale: self.consent_locale,
                given_at: from_unix(self.consent_given_at, "people.consent_given_at")?,
            },
            registered_at: from_unix(self.registered_at, "people.registered_at")?,
        })
    }
}

/// A line of a waiting list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
pub struct PersonSummary {
    pub id: String,
    pub programme_id: String,
    pub side: String,
    pub status: String,
    pub first_name: String,
    pub last_name: String,
    pub postal_code: String,
    pub languages: String,
    /// Unix seconds.
    pub registered_at: i64,
}

/// Filters for a coordinator's list of people.
#[derive(Debug, Clone, Default)]
pub struct PeopleQuery {
    pub programme_id: Option<ProgrammeId>,
    pub side: Option<Side>,
    pub status: Option<PersonStatus>,
    /// Matches first name, last name, e-mail or postal code (case-insensitive, contains).
    pub search: String,
    pub page: u32,
    pub per_page: u32,
}

/// People per (programme, side, status), from [`Store::people_counts`].
#[derive(Debug, Default)]
pub struct PeopleCounts(std::collections::HashMap<(ProgrammeId, Side, PersonStatus), u64>);

impl PeopleCounts {
    /// The count of one programme with this status, on one side or (`None`) both.
    pub fn of(&self, programme: &ProgrammeId, side: Option<Side>, status: PersonStatus) -> u64 {
        [Side::Mentee, Side::Mentor]
            .into_iter()
            .filter(|each| side.is_none_or(|side| side == *each))
            .map(|side| {
                self.0
                    .get(&(programme.clone(), side, status))
                    .copied()
                    .unwrap_or(0)
            })
            .sum()
    }
}

impl Store {
    /// Registers a person in a published programme, with the consent they gave. The same e-mail
    /// can register once per programme.
    pub async fn register_person(
        &self,
        programme: &ProgrammeId,
        side: Side,
        profile: &Profile,
        consent: &ConsentRecord,
        now: time::OffsetDateTime,
    ) -> StoreResult<Person> {
        let id = PersonId::generate();
        let organisation: Option<String> = as_system!(self, |tx| {
            sqlx::query_scalar("SELECT organisation_id FROM programmes WHERE id = $1 AND published")
                .bind(programme.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        let organisation = organisation.ok_or(StoreError::NotFound)?;
        let sql = format!(
            "INSERT INTO people ({PERSON_COLUMNS}, organisation_id, email_key, updated_at) VALUES \
             ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, \
             $19, $20, $21, $22, $23, $24, $25, $26, $24)"
        );
        as_system!(self, |tx| {
            sqlx::query(&sql)
                .bind(id.as_str())
                .bind(programme.as_str())
                .bind(side.as_str())
                .bind(PersonStatus::Registered.as_str())
                .bind(&profile.first_name)
                .bind(&profile.last_name)
                .bind(profile.email.as_str())
                .bind(profile.phone.as_deref())
                .bind(profile.postal_code.as_str())
                .bind(SpokenLanguage::format_list(&profile.languages))
                .bind(i64::from(profile.availability.bits()))
                .bind(profile.gender.as_str())
                .bind(profile.gender_preference.as_str())
                .bind(i64::from(profile.birth_year.get()))
                .bind(profile.interests.join(","))
                .bind(profile.goals.join(","))
                .bind(&profile.profession)
                .bind(profile.capacity.map(i64::from))
                .bind(&profile.locale)
                .bind("")
                .bind(&consent.text_version)
                .bind(&consent.locale)
                .bind(to_unix(consent.given_at))
                .bind(to_unix(now))
                .bind(&organisation)
                .bind(profile.email.as_str().to_lowercase())
                .execute(&mut *tx)
                .await
                .map(|_| ())
        })
        .map_err(|e| conflict_on(e, "people_programme_email_key", "email"))?;
        Ok(Person {
            id,
            programme_id: programme.clone(),
            side,
            status: PersonStatus::Registered,
            profile: profile.clone(),
            coordinator_notes: String::new(),
            consent: consent.clone(),
            registered_at: now,
        })
    }

    pub async fn person(
        &self,
        organisation: &OrganisationId,
        id: &PersonId,
    ) -> StoreResult<Person> {
        let sql = format!(
            "SELECT {PERSON_COLUMNS} FROM people WHERE id = $1 AND organisation_id = $2 AND erased_at IS NULL"
        );
        let row: Option<PersonRow> = in_organisation!(self, organisation, |tx| {
            sqlx::query_as(&sql)
                .bind(id.as_str())
                .bind(organisation.as_str())
                .fetch_optional(&mut *tx)
                .await
        })?;
        row.ok_or(StoreError::NotFound)?.into_domain()
    }

    /// How many (not erased) people each programme of the organisation has per side and status,
    /// in one grouped query: the coordinator's overview shows three counts per programme.
    pub async fn people_counts(&self, organisation: &OrganisationId) -> StoreResult<PeopleCounts> {
        let rows: Vec<(String, String, String, i64)> =
            in_organisation!(self, organisation, |tx| {
                sqlx::query_as(
                    "SELECT programme_id, side, status, COUNT(*) FROM people \
                 WHERE organisation_id = $1 AND erased_at IS NULL \
                 GROUP BY programme_id, side, status",
                )
                .bind(organisation.as_str())
                .fetch_all(&mut *tx)
                .await
            })?;
        let mut counts = PeopleCounts::default();
        for (programme, side, status, count) in rows {
            let side = Side::parse(&side).map_err(|_| StoreError::Corrupt("people.side"))?;
            let status =
                PersonStatus::parse(&status).map_err(|_| StoreError::Corrupt("people.status"))?;
            counts.0.insert(
                (ProgrammeId::from_string(programme), side, status),
                u64::try_from(count).unwrap_or(0),
            );
        }
        Ok(counts)
    }

    /// A coordinator's list, oldest registration first (who waits longest comes first).
    pub async fn list_people(
        &self,
        organisation: &OrganisationId,
        query: &PeopleQuery,
    ) -> StoreResult<Page<PersonSummary>> {
        let (page, per_page, limit, offset) = page_window(query.page, query.per_page);
        let search = query.search.trim().to_lowercase();
        let programme = query.programme_id.as_ref().map(ProgrammeId::as_str);
        let side = query.side.map(Side::as_str);
        let status = query.status.map(PersonStatus::as_str);
        // Only the filters given go into the statement: `($n IS NULL OR column = $n)` would serve
        // every combination with one text, but neither planner can use an index through it, so
        // every list and count scanned all of the organisation's people.
        let mut filter =
            String::from("FROM people WHERE organisation_id = $1 AND erased_at IS NULL");
        let mut binds: Vec<String> = Vec::new();
        for (column, value) in [
            ("programme_id", programme),
            ("side", side),
            ("status", status),
        ] {
            if let Some(value) = value {
                binds.push(value.to_owned());
                filter.push_str(&format!(" AND {column} = ${}", binds.len() + 1));
            }
        }
        if !search.is_empty() {
            binds.push(format!("%{search}%"));
            let n = binds.len() + 1;
            filter.push_str(&format!(
                " AND (lower(first_name) LIKE ${n} OR lower(last_name) LIKE ${n} \
                 OR lower(email) LIKE ${n} OR postal_code LIKE ${n})"
            ));
        }
        let list_sql = format!(
            "SELECT id, programme_id, side, status, first_name, last_name, postal_code, languages, \
             registered_at {filter} ORDER BY registered_at, id LIMIT ${} OFFSET ${}",
            binds.len() + 2,
            binds.len() + 3
        );
        let count_sql = format!("SELECT COUNT(*) {filter}");
        let (items, total): (Vec<PersonSummary>, i64) =
            in_organisation!(self, organisation, |tx| {
                let mut list = sqlx::query_as(&list_sql).bind(organisation.as_str());
                let mut count = sqlx::query_scalar(&count_sql).bind(organisation.as_str());
                for value in &binds {
                    list = list.bind(value);
                    count = count.bind(value);
                }
                let items = list.bind(limit).bind(offset).fetch_all(&mut *tx).await?;
                let total = count.fetch_one(&mut *tx).await?;
                Ok::<_, sqlx::Error>((items, total))
            })?;
        Ok(Page {
            items,
            page,
            per_page,
            total: u64::try_from(total).unwrap_or(0),
        })
    }

    /// Screening: registered → screened / ready, or withdrawn. Illegal moves change nothing.
    pub async fn screen_person(
        &self,
        organisation: &OrganisationId,
        id: &PersonId,
        to: PersonStatus,
        now: time::OffsetDateTime,
    ) -> StoreResult<PersonStatus> {
        in_organisation_transaction!(self, organisation, |tx| {
            let current: Option<String> = sqlx::query_scalar(
                "SELECT status FROM people WHERE id = $1 AND organisation_id = $2",
            )
            .bind(id.as_str())
            .bind(organisation.as_str())
            .fetch_optional(&mut *tx)
            .await?;
            let current = current.ok_or(StoreError::NotFound)?;
            let current =
                PersonStatus::parse(&current).map_err(|_| StoreError::Corrupt("people.status"))?;
            let next = current.screen_to(to)?;
            // A minor without a guardian's consent stays registered (withdrawing is allowed).
            if to != PersonStatus::Withdrawn {
                let details_sql = format!(
                    "SELECT {} FROM minor_details WHERE person_id = $1",
                    crate::minors::MINOR_COLUMNS
                );
                let details: Option<crate::minors::MinorRow> = sqlx::query_as(&details_sql)
                    .bind(id.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                let details = details
                    .map(crate::minors::MinorRow::into_domain)
                    .transpose()?;
                let birth_year: i64 =
                    sqlx::query_scalar("SELECT birth_year FROM people WHERE id = $1")
                        .bind(id.as_str())
                        .fetch_one(&mut *tx)
                        .await?;
                tandem_core::minors::MinorDetails::check_may_proceed(
                    details.as_ref(),
                    crate::minors::birth_year(birth_year)?,
                    tandem_core::event::to_local(now).date(),
                )?;
            }
            // The status in the WHERE clause makes a concurrent change lose instead of overwrite.
            let changed = sqlx::query(
                "UPDATE people SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
            )
            .bind(next.as_str())
            .bind(to_unix(now))
            .bind(id.as_str())
            .bind(current.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 1 {
                Ok(next)
            } else {
                Err(StoreError::Domain(
                    tandem_core::DomainError::IllegalPersonMove { from: current, to },
                ))
            }
        })
    }

    pub async fn set_coordinator_notes(
        &self,
        organisation: &OrganisationId,
        id: &PersonId,
        notes: &str,
        now: time::OffsetDateTime,
    ) -> StoreResult<()> {
        let changed = in_organisation!(self, organisation, |tx| {
            sqlx::query(
                "UPDATE people SET coordinator_notes = $1, updated_at = $2 \
                 WHERE id = $3 AND organisation_id = $4",
            )
            .bind(notes.trim())
            .bind(to_unix(now))
            .bind(id.as_str())
            .bind(organisation.as_str())
            .execute(&mut *tx)
            .await
            .map(|done| done.rows_affected())
        })?;
        if changed == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }
}
