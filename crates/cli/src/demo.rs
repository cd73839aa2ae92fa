//! The demo installation: the alliance office, organisations modelled on the programmes presented
//! at the ninth integration conference of "Niedersachsen packt an", a few hundred mentors and
//! mentees with plausible languages and postal codes, and tandems in every status.
//!
//! Everything is generated from a fixed seed, so two demos look alike; only the printed
//! passwords differ, unless `TANDEM_DEMO_PASSWORD` fixes them (browser tests do).

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use tandem_core::{
    event::EventForm,
    ids::{OrganisationId, PersonId, UserId},
    minors::{
        CertificateRecord, ConsentChannel, Guardian, GuardianConsent, GuardianRelation,
        MinorDetails, is_minor,
    },
    organisation::Profile,
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::{Listing, Programme, ProgrammeDetails},
    tandem::{EndReason, TandemAction},
    user::Role,
    values::Email,
};
use tandem_store::{NewUser, Store};

/// One organisation of the demo with the programme it runs.
struct DemoOrganisation {
    name: &'static str,
    city: &'static str,
    slug: &'static str,
    programme: &'static str,
    kind: &'static str,
    description: &'static str,
    postal_codes: &'static [&'static str],
    languages: &'static str,
    months: &'static str,
    capacity: &'static str,
    /// Mentee birth years (inclusive range): children, students or adults.
    mentee_years: (i32, i32),
    mentor_years: (i32, i32),
}

const ORGANISATIONS: &[DemoOrganisation] = &[
    DemoOrganisation {
        name: "Start with a Friend Hannover",
        city: "Hannover",
        slug: "swaf-hannover",
        programme: "Start with a Friend – Tandems in Hannover",
        kind: "buddy",
        description: "Newcomers and locals meet at eye level, a few times a month, for at least six months. Our local team meets both of you before we suggest a tandem.",
        postal_codes: &[
            "30159", "30161", "30163", "30165", "30167", "30169", "30449", "30451", "30625",
        ],
        languages: "de,en,ar,fa,uk",
        months: "6",
        capacity: "1",
        mentee_years: (1965, 2006),
        mentor_years: (1955, 2004),
    },
    DemoOrganisation {
        name: "Patenschaft – Praxis – Qualifizierung Delmenhorst",
        city: "Delmenhorst",
        slug: "ppq-delmenhorst",
        programme: "Patenschaft – Praxis – Qualifizierung",
        kind: "buddy",
        description: "Sponsorships for everyday life, with qualification courses for our volunteer sponsors.",
        postal_codes: &["27749", "27751", "27753", "27755"],
        languages: "de,ar,ku,tr,ru",
        months: "9",
        capacity: "2",
        mentee_years: (1960, 2006),
        mentor_years: (1950, 2004),
    },
    DemoOrganisation {
        name: "Exil e.V. Osnabrück",
        city: "Osnabrück",
        slug: "exil-osnabrueck",
        programme: "Patenschaften im Exil",
        kind: "buddy",
        description: "Buddies for refugees in Osnabrück: sometimes one person, sometimes a whole family.",
        postal_codes: &["49074", "49076", "49078", "49080", "49082", "49084"],
        languages: "de,en,fr,ar,ti",
        months: "12",
        capacity: "2",
        mentee_years: (1970, 2006),
        mentor_years: (1950, 2004),
    },
    DemoOrganisation {
        name: "Balu und Du Osnabrück",
        city: "Osnabrück",
        slug: "balu-osnabrueck",
        programme: "Balu und Du – Lernpatenschaften für Grundschulkinder",
        kind: "learning",
        description: "A young adult 'Balu' meets a primary school child 'Mogli' once a week for about a year.",
        postal_codes: &["49074", "49076", "49078", "49088", "49090"],
        languages: "de,ar,uk,ru",
        months: "12",
        capacity: "1",
        mentee_years: (2016, 2019),
        mentor_years: (1997, 2008),
    },
    DemoOrganisation {
        name: "Hochschule Osnabrück – StudyPREP OS",
        city: "Osnabrück",
        slug: "studyprep-os",
        programme: "StudyPREP OS – Mentoring auf dem Weg ins Studium",
        kind: "learning",
        description: "Students of the university of applied sciences accompany refugees preparing for their studies.",
        postal_codes: &["49076", "49078", "49080", "49090"],
        languages: "de,en,ar,fa,uk",
        months: "6",
        capacity: "2",
        mentee_years: (1996, 2007),
        mentor_years: (1995, 2005),
    },
    DemoOrganisation {
        name: "VHS Heidekreis – IQ Mentoring",
        city: "Soltau",
        slug: "iq-heidekreis",
        programme: "IQ Mentoring Heidekreis",
        kind: "career",
        description: "Professionals accompany immigrants into work: recognition of qualifications, applications, first months on the job.",
        postal_codes: &["29614", "29640", "29664", "29683", "29699"],
        languages: "de,en,ar,uk,ru,tr",
        months: "6",
        capacity: "2",
        mentee_years: (1970, 2004),
        mentor_years: (1955, 2000),
    },
    DemoOrganisation {
        name: "Jobpilot 360° Hannover",
        city: "Hannover",
        slug: "jobpilot-hannover",
        programme: "Jobpilot 360° – Mentoring für Ausbildung und Beruf",
        kind: "career",
        description: "Jobpilots from companies in the Hannover region guide young refugees into apprenticeships and jobs.",
        postal_codes: &[
            "30159", "30161", "30173", "30175", "30177", "30179", "30419", "30453", "30519",
        ],
        languages: "de,en,ar,fa,ps,ti",
        months: "6",
        capacity: "1",
        mentee_years: (1995, 2008),
        mentor_years: (1960, 2000),
    },
    DemoOrganisation {
        name: "Rock your Life! Lüneburg",
        city: "Lüneburg",
        slug: "ryl-lueneburg",
        programme: "Rock your Life! – Studierende coachen Schüler:innen",
        kind: "learning",
        description: "University students coach pupils for two years on the way from school into training or further education.",
        postal_codes: &["21335", "21337", "21339", "21391"],
        languages: "de,en,ar,tr,ku",
        months: "24",
        capacity: "1",
        mentee_years: (2008, 2012),
        mentor_years: (1998, 2006),
    },
];

const MENTEE_BACKGROUNDS: &[(&[&str], &[&str], &str)] = &[
    (
        &[
            "Amina", "Omar", "Yusuf", "Layla", "Ahmad", "Fatima", "Khaled", "Rania", "Samir",
            "Nour", "Hiba", "Mahmoud",
        ],
        &["Haddad", "Khalil", "Nasser", "Saleh", "Darwish", "Hamdan"],
        "ar:native",
    ),
    (
        &[
            "Olena", "Dmytro", "Iryna", "Oksana", "Andrii", "Kateryna", "Serhii", "Yulia", "Taras",
            "Sofiia",
        ],
        &[
            "Kovalenko",
            "Shevchenko",
            "Bondarenko",
            "Tkachenko",
            "Melnyk",
            "Boiko",
        ],
        "uk:native,ru:C1",
    ),
    (
        &[
            "Farid", "Zahra", "Mahdi", "Parisa", "Hamid", "Soraya", "Mariam", "Nasrin",
        ],
        &["Ahmadi", "Hosseini", "Rahimi", "Sultani", "Karimi"],
        "fa:native",
    ),
    (
        &["Yonas", "Selam", "Tesfay", "Helen", "Senait", "Biniam"],
        &["Tesfaye", "Gebremedhin", "Haile", "Kidane"],
        "ti:native,ar:A2",
    ),
    (
        &["Rojda", "Azad", "Berfin", "Dilan", "Baran", "Zilan"],
        &["Aydin", "Demir", "Kaya", "Yildiz"],
        "kmr:native,tr:B2,ar:B1",
    ),
    (
        &["Ali", "Gul", "Wahid", "Shabnam"],
        &["Noori", "Safi", "Popal"],
        "ps:native,fa:B2",
    ),
    (
        &["Abdi", "Hodan", "Faadumo", "Mahad"],
        &["Warsame", "Abdullahi", "Farah"],
        "so:native,en:B1",
    ),
];

const MENTOR_FIRST: &[&str] = &[
    "Anna", "Jonas", "Lena", "Lukas", "Marie", "Felix", "Sophie", "Paul", "Julia", "Tim", "Katrin",
    "Michael", "Sabine", "Thomas", "Ursula", "Petra", "Jan", "Lea", "Hannah", "Moritz", "Greta",
    "Henrik", "Frieda", "Ole", "Merle", "Deniz", "Elif", "Can",
];
const MENTOR_LAST: &[&str] = &[
    "Müller",
    "Schmidt",
    "Meyer",
    "Schulz",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Koch",
    "Richter",
    "Wolf",
    "Neumann",
    "Schröder",
    "Janssen",
    "Peters",
    "Brinkmann",
    "Öztürk",
];
const MENTOR_EXTRA_LANGUAGES: &[&str] = &[
    "en:B2",
    "en:C1",
    "fr:B1",
    "ar:B1",
    "ru:B2",
    "tr:native",
    "es:B1",
    "uk:B1",
];
const INTERESTS: &[&str] = &[
    "football",
    "cooking",
    "music",
    "hiking",
    "cycling",
    "reading",
    "chess",
    "gardening",
    "painting",
    "swimming",
    "photography",
    "computers",
    "theatre",
    "dancing",
    "board games",
    "volleyball",
];
const GOALS: &[&str] = &[
    "learn german",
    "find an apprenticeship",
    "find a job",
    "get my degree recognised",
    "start studying",
    "meet people",
    "homework help",
    "understand offices and letters",
];
const PROFESSIONS: &[&str] = &[
    "nurse",
    "electrician",
    "teacher",
    "software developer",
    "accountant",
    "engineer",
    "cook",
    "bus driver",
    "pharmacist",
    "carpenter",
    "student",
    "retired",
];

/// A small deterministic generator (SplitMix64): reproducible demos without a dependency.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn year(&mut self, (from, to): (i32, i32)) -> i32 {
        let span = usize::try_from(to - from + 1).unwrap_or(1);
        from + i32::try_from(self.below(span)).unwrap_or(0)
    }
}

const MENTEES_PER_PROGRAMME: usize = 26;
const MENTORS_PER_PROGRAMME: usize = 20;

/// Loads the demo unless the database already holds organisations; prints the log-ins.
pub async fn load_if_empty(store: &Store) -> anyhow::Result<()> {
    if !store.list_organisations().await?.is_empty() {
        println!("The database already holds data: the demo is not loaded again.");
        return Ok(());
    }
    let password = match std::env::var("TANDEM_DEMO_PASSWORD") {
        Ok(password) => password,
        Err(_) => format!("demo-{}", uuid::Uuid::new_v4().simple()),
    };
    let password_hash = tandem_web::hash_password(&password)?;
    let now = time::OffsetDateTime::now_utc();
    let mut dice = Dice(9);
    let mut logins = vec![(
        "alliance admin",
        "alliance@demo.tandem.test".to_owned(),
        "Bündnis „Niedersachsen packt an“".to_owned(),
    )];
    add_user(
        store,
        "alliance@demo.tandem.test",
        "Bündnisbüro Niedersachsen packt an",
        Role::AllianceAdmin,
        None,
        &password_hash,
        now,
    )
    .await?;

    let steps = ORGANISATIONS.len() * (MENTEES_PER_PROGRAMME + MENTORS_PER_PROGRAMME + 1);
    let progress = ProgressBar::new(u64::try_from(steps).unwrap_or(0)).with_style(
        ProgressStyle::with_template("{msg:>28} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let mut first_organisation = None;
    for org in ORGANISATIONS {
        progress.set_message(org.city);
        let organisation = store.create_organisation(org.name, org.city, now).await?;
        let admin = format!("admin@{}.demo.tandem.test", org.slug);
        let coordinator = format!("coordinator@{}.demo.tandem.test", org.slug);
        let admin_id = add_user(
            store,
            &admin,
            &format!("Leitung {}", org.city),
            Role::OrgAdmin,
            Some(&organisation.id),
            &password_hash,
            now,
        )
        .await?;
        add_user(
            store,
            &coordinator,
            &format!("Koordination {}", org.city),
            Role::Coordinator,
            Some(&organisation.id),
            &password_hash,
            now,
        )
        .await?;
        logins.push(("organisation admin", admin, org.name.to_owned()));
        logins.push(("coordinator", coordinator, org.name.to_owned()));
        let details = ProgrammeDetails::parse(
            org.programme,
            org.kind,
            org.description,
            &org.postal_codes.join(","),
            org.languages,
            org.months,
            org.capacity,
            true,
        )
        .map_err(|error| anyhow::anyhow!("demo programme {}: {error}", org.programme))?;
        let programme = store
            .create_programme(&organisation.id, &details, now)
            .await?;
        let target_group = match org.kind {
            "learning" => "Kinder, Schüler*innen und Studieninteressierte mit Fluchtgeschichte",
            "career" => "Zugewanderte Fachkräfte auf dem Weg in Arbeit",
            _ => "Geflüchtete und Neuzugewanderte jeden Alters",
        };
        let listing = Listing::parse(
            target_group,
            "Melden Sie sich über das Formular an; wir laden Sie zu einem Kennenlerngespräch ein.",
            &format!("Sprechzeit dienstags 10–12 Uhr, {}", org.city),
            true,
            org.kind != "learning",
        )
        .map_err(|error| anyhow::anyhow!("demo listing {}: {error}", org.programme))?;
        store
            .set_programme_listing(&organisation.id, &programme.id, &listing, now)
            .await?;
        let profile = Profile::parse(
            org.description,
            "",
            "Gemeinsame Schulungen für Ehrenamtliche und ein Sprachcafé",
            &format!("kontakt@{}.demo.tandem.test", org.slug),
        )
        .map_err(|error| anyhow::anyhow!("demo profile {}: {error}", org.name))?;
        store
            .set_organisation_profile(&organisation.id, &profile)
            .await?;
        first_organisation.get_or_insert(organisation.id.clone());
        progress.inc(1);
        let rules = demo_rules(store, &organisation.id, &programme.id, org, now).await?;
        let people = register_people(store, &programme, org, &mut dice, now, &progress).await?;
        demo_trainings_and_answers(store, &organisation.id, &rules, &people, &admin_id, now)
            .await?;
        if org.mentee_years.1 > now.year() - 18 || rules.certificate_required {
            clear_mentors(store, &organisation.id, &people.mentors, &admin_id, now).await?;
        }
        let (mentors, mentees) = (people.mentors.clone(), people.mentees.clone());
        form_tandems(store, &organisation.id, people, &mut dice, now).await?;
        demo_members(
            store,
            &organisation.id,
            &programme.id,
            &rules,
            &mentors,
            &mentees,
            now,
        )
        .await?;
    }
    progress.finish_and_clear();
    load_events(store, first_organisation.as_ref(), now).await?;
    let counts = store.statewide_counts().await?;
    println!(
        "Demo loaded: {} organisations, {} programmes.",
        counts.organisations, counts.programmes
    );
    println!("Log in at /login with any of these (password for all: {password}):");
    for (role, email, organisation) in logins {
        println!("  {role:<20} {email:<45} {organisation}");
    }
    Ok(())
}

/// The ninth integration conference (with its fair), a mentor training and an information evening,
/// dated a few weeks ahead so that they are upcoming whenever the demo is loaded.
async fn load_events(
    store: &Store,
    organisation: Option<&OrganisationId>,
    now: time::OffsetDateTime,
) -> anyhow::Result<()> {
    let day = |weeks: i64| (now + time::Duration::weeks(weeks)).date().to_string();
    let conference = EventForm {
        kind: "conference".into(),
        title: "9. Integrationskonferenz „Niedersachsen packt an“".into(),
        description: "Patenschaften, Mentoring und Lernpatenschaften: was wirkt, was fehlt, wie wir \
                      sie in ganz Niedersachsen stärken. Mit Projektmesse."
            .into(),
        date: day(4),
        start_time: "10:00".into(),
        end_time: "16:30".into(),
        place: "Hannover Congress Centrum, Theodor-Heuss-Platz 1–3, 30175 Hannover".into(),
        capacity: "250".into(),
        sessions: [
            "10:00-10:30 | Eröffnung und Grußworte | Bündnis „Niedersachsen packt an“",
            "10:30-11:30 | Podium: Patenschaften als Brücke in die Gesellschaft | Start with a Friend, Exil e.V., IQ Mentoring",
            "11:45-13:00 | Panel 1: Alltagspatenschaften – Tandems auf Augenhöhe | Start with a Friend Hannover, PPQ Delmenhorst",
            "11:45-13:00 | Panel 2: Lernpatenschaften für Kinder und Studieninteressierte | Balu und Du, StudyPREP OS",
            "11:45-13:00 | Panel 3: Mentoring für den Weg in Arbeit | IQ Mentoring Heidekreis",
            "14:00-16:00 | Projektmesse: Programme stellen sich vor und vernetzen sich | alle Programme",
            "16:00-16:30 | Ausblick und Abschluss |",
        ]
        .join("\n"),
        published: Some("on".into()),
        ..EventForm::default()
    };
    let training = EventForm {
        kind: "training".into(),
        title: "Schulung für Mentor*innen: Rolle, Grenzen, interkulturelle Kommunikation".into(),
        description: "Pflichtschulung vor dem ersten Tandem.".into(),
        date: day(2),
        start_time: "18:00".into(),
        end_time: "20:30".into(),
        place: "Freizeitheim Linden, Windheimstraße 4, 30451 Hannover".into(),
        capacity: "2".into(),
        published: Some("on".into()),
        ..EventForm::default()
    };
    let evening = EventForm {
        kind: "information_evening".into(),
        title: "Infoabend: Pate oder Patin werden".into(),
        description: "Wie eine Patenschaft abläuft und was sie Ihnen gibt.".into(),
        date: day(1),
        start_time: "19:00".into(),
        end_time: "20:30".into(),
        online_url: "https://meet.example.org/infoabend".into(),
        capacity: "40".into(),
        published: Some("on".into()),
        ..EventForm::default()
    };
    for (owner, form) in [
        (None, conference),
        (organisation, training),
        (organisation, evening),
    ] {
        let (details, sessions) = form
            .parse()
            .map_err(|errors| anyhow::anyhow!("demo event {}: {errors:?}", form.title))?;
        store.create_event(owner, &details, &sessions, now).await?;
    }
    Ok(())
}

async fn add_user(
    store: &Store,
    email: &str,
    name: &str,
    role: Role,
    organisation: Option<&OrganisationId>,
    password_hash: &str,
    now: time::OffsetDateTime,
) -> anyhow::Result<UserId> {
    let new = NewUser {
        email: Email::parse(email).map_err(|_| anyhow::anyhow!("demo e-mail {email}"))?,
        display_name: name.to_owned(),
        role,
        organisation_id: organisation.cloned(),
        password_hash: password_hash.to_owned(),
        locale: "de".to_owned(),
    };
    let user = store
        .create_user(&new, now)
        .await
        .with_context(|| format!("demo user {email}"))?;
    Ok(user.id)
}

struct DemoPeople {
    mentors: Vec<PersonId>,
    mentees: Vec<PersonId>,
}

fn tags(dice: &mut Dice, pool: &[&str], count: usize) -> String {
    let mut chosen: Vec<&str> = Vec::new();
    for _ in 0..count {
        let tag = *dice.pick(pool);
        if !chosen.contains(&tag) {
            chosen.push(tag);
        }
    }
    chosen.join(", ")
}

fn availability(dice: &mut Dice) -> Vec<String> {
    let mut slots = Vec::new();
    for day in 0..7 {
        for slot in 0..3 {
            if dice.chance(if slot == 2 || day >= 5 { 45 } else { 20 }) {
                slots.push(format!("{day}-{slot}"));
            }
        }
    }
    if slots.is_empty() {
        slots.push("5-1".to_owned());
    }
    slots
}

async fn register_people(
    store: &Store,
    programme: &Programme,
    org: &DemoOrganisation,
    dice: &mut Dice,
    now: time::OffsetDateTime,
    progress: &ProgressBar,
) -> anyhow::Result<DemoPeople> {
    let mut people = DemoPeople {
        mentors: Vec::new(),
        mentees: Vec::new(),
    };
    let current_year = now.year();
    for (side, count) in [
        (Side::Mentor, MENTORS_PER_PROGRAMME),
        (Side::Mentee, MENTEES_PER_PROGRAMME),
    ] {
        for index in 0..count {
            let (first_name, last_name, languages, locale) = match side {
                Side::Mentee => {
                    let (firsts, lasts, languages) = *dice.pick(MENTEE_BACKGROUNDS);
                    let german = *dice.pick(&["de:A1", "de:A2", "de:A2", "de:B1", "de:B2"]);
                    let locale = match languages.get(..2) {
                        Some("ar") => "ar",
                        Some("uk") => "uk",
                        Some("fa") => "fa",
                        _ => "en",
                    };
                    (
                        *dice.pick(firsts),
                        *dice.pick(lasts),
                        format!("{languages},{german}"),
                        locale,
                    )
                }
                Side::Mentor => {
                    let extra = *dice.pick(MENTOR_EXTRA_LANGUAGES);
                    let languages = if extra.starts_with("tr") {
                        format!("{extra},de:C2")
                    } else {
                        format!("de:native,{extra}")
                    };
                    (
                        *dice.pick(MENTOR_FIRST),
                        *dice.pick(MENTOR_LAST),
                        languages,
                        "de",
                    )
                }
            };
            let form = ProfileForm {
                first_name: first_name.to_owned(),
                last_name: last_name.to_owned(),
                email: format!(
                    "{}.{}.{index}@{}.{}.demo.tandem.test",
                    ascii_slug(first_name),
                    ascii_slug(last_name),
                    side.as_str(),
                    org.slug
                ),
                phone: String::new(),
                postal_code: (*dice.pick(org.postal_codes)).to_owned(),
                languages,
                availability: availability(dice),
                gender: (*dice.pick(&["female", "male", "female", "male", "diverse", ""]))
                    .to_owned(),
                gender_preference: (*dice.pick(&["any", "any", "any", "same_gender"])).to_owned(),
                birth_year: dice
                    .year(if side == Side::Mentee {
                        org.mentee_years
                    } else {
                        org.mentor_years
                    })
                    .to_string(),
                interests: tags(dice, INTERESTS, 3),
                goals: if side == Side::Mentee {
                    tags(dice, GOALS, 2)
                } else {
                    String::new()
                },
                profession: if side == Side::Mentor {
                    (*dice.pick(PROFESSIONS)).to_owned()
                } else {
                    String::new()
                },
                capacity: String::new(),
                locale: locale.to_owned(),
            };
            let profile = form
                .parse(current_year)
                .map_err(|errors| anyhow::anyhow!("demo person is invalid: {errors:?}"))?;
            let waited = time::Duration::days(i64::try_from(dice.below(200)).unwrap_or(0) + 1);
            let consent = ConsentRecord {
                text_version: tandem_web::WebConfig::default().consent_text_version,
                locale: profile.locale.clone(),
                given_at: now - waited,
            };
            let registered = now - waited;
            let person = if is_minor(None, profile.birth_year, registered.date()) {
                let details = child_details(&profile, org, index, registered.date());
                store
                    .register_person_with_details(
                        &programme.id,
                        side,
                        &profile,
                        &consent,
                        &details,
                        registered,
                    )
                    .await?
            } else {
                store
                    .register_person(&programme.id, side, &profile, &consent, registered)
                    .await?
            };
            // Most people are screened and waiting; some are still new, a few withdrew.
            let status = match dice.below(10) {
                0 => PersonStatus::Registered,
                1 => PersonStatus::Screened,
                2 if side == Side::Mentee => PersonStatus::Withdrawn,
                _ => PersonStatus::Ready,
            };
            if status != PersonStatus::Registered {
                store
                    .screen_person(&programme.organisation_id, &person.id, status, now)
                    .await?;
            }
            if status == PersonStatus::Ready {
                match side {
                    Side::Mentor => people.mentors.push(person.id),
                    Side::Mentee => people.mentees.push(person.id),
                }
            }
            progress.inc(1);
        }
    }
    Ok(people)
}

/// A child's birth date (a day in the registered birth year, before the registration), a parent
/// as guardian, the parents' consent on paper, and for a primary-school programme the school
/// that nominated the child.
fn child_details(
    profile: &tandem_core::person::Profile,
    org: &DemoOrganisation,
    index: usize,
    registered: time::Date,
) -> MinorDetails {
    let ordinal = u16::try_from(index * 37 % 360 + 1).unwrap_or(1);
    let birth_date = time::Date::from_ordinal_date(profile.birth_year.get(), ordinal)
        .unwrap_or(registered)
        .min(registered);
    let parent = format!(
        "{} {}",
        GUARDIAN_FIRST[index % GUARDIAN_FIRST.len()],
        profile.last_name
    );
    MinorDetails {
        birth_date,
        guardian: Some(Guardian {
            name: parent.clone(),
            relation: if index % 9 == 4 {
                GuardianRelation::LegalGuardian
            } else {
                GuardianRelation::Parent
            },
            phone: Some(format!("0541 {:06}", 200_000 + index * 7_919 % 700_000)),
            email: None,
        }),
        consent: Some(GuardianConsent {
            given_by: parent,
            given_on: registered,
            channel: ConsentChannel::Paper,
        }),
        nomination: (org.kind == "learning" && profile.birth_year.get() > registered.year() - 12)
            .then(|| SCHOOLS[index % SCHOOLS.len()].to_owned()),
    }
}

/// Guardians' first names for the children of the learning programme.
const GUARDIAN_FIRST: &[&str] = &[
    "Amina", "Yusuf", "Olena", "Mariam", "Ahmad", "Iryna", "Fatima",
];

/// Primary schools that nominate children for a learning sponsorship.
const SCHOOLS: &[&str] = &[
    "Grundschule Eversburg (Frau Klein)",
    "Heiligenwegschule (Herr Brinkmann)",
    "Grundschule Rosenplatz (Frau Yilmaz)",
    "Stüveschule (Frau Hartmann)",
];

/// In a programme with children every mentor has had their extended certificate of conduct
/// inspected by the organisation admin (§72a SGB VIII); one in ten shows the gate at work: the
/// inspection was more than five years ago, so that mentor is never paired with a child.
async fn clear_mentors(
    store: &Store,
    organisation: &OrganisationId,
    mentors: &[PersonId],
    inspector: &UserId,
    now: time::OffsetDateTime,
) -> anyhow::Result<()> {
    for (index, mentor) in mentors.iter().enumerate() {
        let days_ago = if index % 10 == 9 {
            5 * 365 + 40
        } else {
            20 + 11 * i64::try_from(index).unwrap_or(0)
        };
        let inspected_on = now.date() - time::Duration::days(days_ago);
        let certificate_dated = inspected_on - time::Duration::days(14);
        let record = CertificateRecord {
            inspected_on,
            certificate_dated,
            relevant_entry: false,
            inspected_by: inspector.clone(),
        };
        store
            .record_certificate(organisation, mentor, &record, now)
            .await?;
    }
    Ok(())
}

/// Pairs waiting people and moves the tandems into every status.
async fn form_tandems(
    store: &Store,
    organisation: &OrganisationId,
    people: DemoPeople,
    dice: &mut Dice,
    now: time::OffsetDateTime,
) -> anyhow::Result<()> {
    use TandemAction::*;
    let plans: &[&[TandemAction]] = &[
        &[],
        &[Accept(Side::Mentor)],
        &[Accept(Side::Mentor), Accept(Side::Mentee)],
        &[Accept(Side::Mentor), Accept(Side::Mentee), Start],
        &[Accept(Side::Mentor), Accept(Side::Mentee), Start],
        &[Accept(Side::Mentor), Accept(Side::Mentee), Start],
        &[Accept(Side::Mentor), Accept(Side::Mentee), Start, Pause],
        &[Accept(Side::Mentor), Accept(Side::Mentee), Start, Complete],
        &[Accept(Side::Mentor), Accept(Side::Mentee), Start, Complete],
        &[
            Accept(Side::Mentor),
            Accept(Side::Mentee),
            Start,
            EndEarly(EndReason::MovedAway),
        ],
        &[Decline(Side::Mentee)],
        &[Accept(Side::Mentor), Accept(Side::Mentee), Start],
    ];
    // Leave a third of the waiting mentees unmatched, so matching has work to do.
    let pairs = people.mentees.len() * 2 / 3;
    for (index, mentee) in people.mentees.iter().take(pairs).enumerate() {
        let Some(mentor) = people.mentors.get(index % people.mentors.len().max(1)) else {
            break;
        };
        // Tandems began between one and five months ago, so follow-up has a history to show.
        let started = now - time::Duration::days(30 + i64::try_from(dice.below(120)).unwrap_or(0));
        let Ok(tandem) = store
            .create_tandem(
                organisation,
                mentor,
                mentee,
                started - time::Duration::days(7),
            )
            .await
        else {
            continue; // the mentor is full: this mentee keeps waiting
        };
        let plan = plans[(index + dice.below(3)) % plans.len()];
        let (opening, closing) = plan.split_at(plan.len().min(3));
        for action in opening {
            store
                .apply_tandem_action(organisation, &tandem.id, *action, started)
                .await?;
        }
        if opening.contains(&Start) {
            demo_followup(store, organisation, &tandem.id, index, started, now, dice).await?;
            demo_outcome(store, organisation, mentee, &tandem.id, index, now).await?;
        }
        for action in closing {
            store
                .apply_tandem_action(organisation, &tandem.id, *action, now)
                .await?;
        }
        if opening.contains(&Start) {
            let ended = closing
                .iter()
                .any(|action| matches!(action, Complete | EndEarly(_)));
            demo_surveys(store, organisation, &tandem.id, index, started, ended, now).await?;
        }
    }
    Ok(())
}

/// The mentee's start survey two days after the start and, for tandems that ended, the end
/// survey today, with a little more German, more contacts and more confidence at the end, so
/// the dashboard has a before and after. Links are stored directly (never mailed).
async fn demo_surveys(
    store: &Store,
    organisation: &OrganisationId,
    tandem: &tandem_core::ids::TandemId,
    index: usize,
    started: time::OffsetDateTime,
    ended: bool,
    now: time::OffsetDateTime,
) -> anyhow::Result<()> {
    use tandem_core::survey::{StandardQuestion, SurveyAnswers, SurveyKind, questions_for};
    let programme = store
        .tandem_record(organisation, tandem)
        .await?
        .programme_id;
    let rules = store.programme_rules(organisation, &programme).await?;
    let asked = questions_for(&rules, Side::Mentee).standard;
    let step = u16::try_from(index % 3).unwrap_or(0);
    let score = |question: StandardQuestion, end: bool| -> u16 {
        let gain = u16::from(end);
        match question {
            StandardQuestion::German => 1 + step + gain,
            StandardQuestion::LocalContacts => step + if end { 3 + step * 2 } else { 0 },
            StandardQuestion::Belonging => 2 + step.min(1) + gain,
            StandardQuestion::Confidence => 2 + gain + u16::from(end && step == 2),
        }
    };
    let mut surveys = vec![(SurveyKind::Start, started + time::Duration::days(2))];
    if ended {
        surveys.push((SurveyKind::End, now));
    }
    for (survey, at) in surveys {
        let hash = format!("demo-survey-{}-{}", survey.as_str(), tandem.as_str());
        let purpose = tandem_store::LinkPurpose::Survey(survey);
        store
            .create_followup_link(organisation, tandem, Side::Mentee, purpose, &hash, at)
            .await?;
        let link = store.survey_link(&hash).await?;
        let answers = SurveyAnswers {
            standard: asked
                .iter()
                .map(|question| (*question, score(*question, survey == SurveyKind::End)))
                .collect(),
            own: Vec::new(),
        };
        store.answer_survey(&link, &answers, at).await?;
    }
    Ok(())
}

/// A mentor with a family (buddy: two more waiting mentees join the first running tandem) and
/// two sponsors for one mentee (career: a second trained mentor with a free place joins it),
/// through the same gate as the coordinator's page; people the rules refuse are skipped.
async fn demo_members(
    store: &Store,
    organisation: &OrganisationId,
    programme: &tandem_core::ids::ProgrammeId,
    rules: &tandem_core::programme_rules::ProgrammeRules,
    mentors: &[PersonId],
    mentees: &[PersonId],
    now: time::OffsetDateTime,
) -> anyhow::Result<()> {
    let running = store
        .list_tandems(
            organisation,
            &tandem_store::TandemQuery {
                programme_id: Some(programme.clone()),
                status: Some(tandem_core::tandem::TandemStatus::Active),
                per_page: 50,
                ..Default::default()
            },
        )
        .await?;
    let Some(first) = running.items.first() else {
        return Ok(());
    };
    let tandem = tandem_core::ids::TandemId::from_string(first.id.clone());
    if rules.max_mentees_per_tandem >= 3 {
        let mut joined = 0;
        for mentee in mentees.iter().rev() {
            if joined == 2 {
                break;
            }
            if store
                .add_tandem_member(organisation, &tandem, mentee, now)
                .await
                .is_ok()
            {
                joined += 1;
            }
        }
    }
    if rules.max_mentors_per_tandem >= 2 {
        for mentor in mentors.iter().rev() {
            if mentor.as_str() != first.mentor_id
                && store
                    .add_tandem_member(organisation, &tandem, mentor, now)
                    .await
                    .is_ok()
            {
                break;
            }
        }
    }
    Ok(())
}

/// Meetings every one to two weeks since the start (some tandems fell silent six weeks ago, so
/// the list of tandems at risk has entries) and a few check-in answers, one asking for a call.
async fn demo_followup(
    store: &Store,
    organisation: &OrganisationId,
    tandem: &tandem_core::ids::TandemId,
    index: usize,
    started: time::OffsetDateTime,
    now: time::OffsetDateTime,
    dice: &mut Dice,
) -> anyhow::Result<()> {
    use tandem_core::followup::{
        CheckInAnswer, CheckInPoint, LoggedBy, MeetingForm, Mood, iso_date,
    };
    let today = tandem_core::event::to_local(now).date();
    let first_day = tandem_core::event::to_local(started).date();
    let silent_since = if index % 5 == 3 {
        now - time::Duration::weeks(6)
    } else {
        now
    };
    let mut at = started + time::Duration::days(3);
    while at < silent_since {
        let form = MeetingForm {
            date: iso_date(tandem_core::event::to_local(at).date()),
            minutes: (45 + 15 * dice.below(8)).to_string(),
            kind: if dice.chance(75) {
                "in_person"
            } else {
                "online"
            }
            .to_owned(),
            note: String::new(),
        };
        if let Ok(meeting) = form.parse(today, first_day) {
            let by = if dice.chance(80) {
                LoggedBy::Mentor
            } else {
                LoggedBy::Mentee
            };
            store
                .log_meeting(organisation, tandem, by, &meeting, now)
                .await?;
        }
        at += time::Duration::days(7 + i64::try_from(dice.below(8)).unwrap_or(0));
    }
    let answer = match index % 4 {
        1 => Some(CheckInAnswer {
            mood: Mood::new(2)?,
            meets_regularly: false,
            comment: "Wir finden schwer gemeinsame Termine.".to_owned(),
            call_me: true,
        }),
        2 => Some(CheckInAnswer {
            mood: Mood::new(5)?,
            meets_regularly: true,
            comment: "Wir waren zusammen im Museum, sehr schön!".to_owned(),
            call_me: false,
        }),
        _ => None,
    };
    if let (Some(answer), true) = (answer, now - started >= time::Duration::weeks(4)) {
        // The secret of this link was never mailed: the demo's answer is stored directly.
        let hash = format!("demo-check-in-{}", tandem.as_str());
        let point = tandem_store::LinkPurpose::CheckIn(CheckInPoint::Weeks4);
        store
            .create_followup_link(organisation, tandem, Side::Mentee, point, &hash, now)
            .await?;
        store.answer_check_in(&hash, &answer, now).await?;
    }
    Ok(())
}

/// Outcomes for two in three running tandems' mentees (German levels, a job, an apprenticeship,
/// a school transition …), reached in the last weeks, so dashboards and reports show them.
async fn demo_outcome(
    store: &Store,
    organisation: &OrganisationId,
    mentee: &tandem_core::ids::PersonId,
    tandem: &tandem_core::ids::TandemId,
    index: usize,
    now: time::OffsetDateTime,
) -> anyhow::Result<()> {
    let (kind, level, detail) = match index % 9 {
        0 | 3 => ("german_level", "B1", ""),
        1 => ("german_level", "A2", ""),
        4 => ("job", "", "Pflegehilfskraft"),
        5 => ("apprenticeship", "", "Kfz-Mechatronik"),
        6 => ("school_transition", "", ""),
        7 => ("qualification_recognised", "", ""),
        _ => return Ok(()),
    };
    let today = tandem_core::event::to_local(now).date();
    let achieved = today - time::Duration::days(i64::try_from(3 + index % 40).unwrap_or(3));
    let outcome = tandem_core::outcome::OutcomeForm {
        kind: kind.to_owned(),
        level: level.to_owned(),
        date: tandem_core::followup::iso_date(achieved),
        detail: detail.to_owned(),
    }
    .parse(today)
    .map_err(|errors| anyhow::anyhow!("demo outcome: {errors:?}"))?;
    store
        .record_outcome(organisation, mentee, Some(tandem), &outcome, "demo", now)
        .await?;
    Ok(())
}

/// Each demo programme starts from its template: buddy, learning for children (Balu und Du),
/// learning for pupils and students (StudyPREP, Rock your Life!), career. StudyPREP takes
/// students up to the oldest demo mentee's age: the organisation adjusted the template.
async fn demo_rules(
    store: &Store,
    organisation: &OrganisationId,
    programme: &tandem_core::ids::ProgrammeId,
    org: &DemoOrganisation,
    now: time::OffsetDateTime,
) -> anyhow::Result<tandem_core::programme_rules::ProgrammeRules> {
    use tandem_core::programme_rules::Template;
    let template = match org.kind {
        "learning" if org.mentee_years.0 > now.year() - 12 => Template::LearningChildren,
        "learning" => Template::LearningPupils,
        "career" => Template::Career,
        _ => Template::Buddy,
    };
    let mut rules = template.rules();
    let oldest = u8::try_from(now.year() - org.mentee_years.0).unwrap_or(99);
    if let Some(range) = rules.mentee_age.as_mut() {
        range.max = range.max.max(oldest);
    }
    store
        .set_programme_rules(organisation, programme, &rules, now)
        .await?;
    Ok(rules)
}

/// Mentors attended the programme's required trainings a few weeks ago — except one in eight,
/// who still misses the last one, so the trainings gate shows — and mentees answered the
/// template's intake questions.
async fn demo_trainings_and_answers(
    store: &Store,
    organisation: &OrganisationId,
    rules: &tandem_core::programme_rules::ProgrammeRules,
    people: &DemoPeople,
    recorder: &UserId,
    now: time::OffsetDateTime,
) -> anyhow::Result<()> {
    let today = tandem_core::event::to_local(now).date();
    for (index, mentor) in people.mentors.iter().enumerate() {
        for (position, title) in rules.required_trainings.iter().enumerate() {
            if index % 8 == 7 && position + 1 == rules.required_trainings.len() {
                continue;
            }
            let days = i64::try_from(150 + 9 * index + 30 * position).unwrap_or(150);
            let training = tandem_core::programme_rules::TrainingRecord {
                title: title.clone(),
                held_on: today - time::Duration::days(days),
                attended: true,
            };
            store
                .record_training(organisation, mentor, &training, recorder, now)
                .await?;
        }
    }
    const TEXTS: &[&str] = &[
        "Pflege",
        "Elektrotechnik",
        "Gastronomie",
        "Logistik",
        "Grundschule am Wall",
        "IT",
    ];
    for (index, mentee) in people.mentees.iter().enumerate() {
        let answers: Vec<(String, String)> = rules
            .questions_for(Side::Mentee)
            .map(|question| {
                let answer = match question.kind {
                    tandem_core::programme_rules::QuestionKind::Choice
                    | tandem_core::programme_rules::QuestionKind::MultipleChoice => question
                        .choices
                        .get(index % question.choices.len().max(1))
                        .map(|choice| choice.id.clone())
                        .unwrap_or_default(),
                    tandem_core::programme_rules::QuestionKind::Number => {
                        (1 + index % 4).to_string()
                    }
                    _ => TEXTS[index % TEXTS.len()].to_owned(),
                };
                (question.id.clone(), answer)
            })
            .filter(|(_, answer)| !answer.is_empty())
            .collect();
        store.save_intake_answers(mentee, &answers).await?;
    }
    Ok(())
}

/// Lower-case ASCII for demo e-mail addresses (ä → ae, ö → oe, ü → ue, ß → ss).
fn ascii_slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        match c {
            'ä' => slug.push_str("ae"),
            'ö' => slug.push_str("oe"),
            'ü' => slug.push_str("ue"),
            'ß' => slug.push_str("ss"),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ => {}
        }
    }
    slug
}
