//! Programme templates and the rules they set: meeting rhythm, who may take part (age, German
//! level), the trainings a mentor must have attended, whether every mentor needs a certificate of
//! conduct, the check-in points and the intake questions. An organisation picks a template when it
//! creates a programme and adjusts the rules afterwards; a tandem keeps a snapshot of the rules it
//! started with ([`TandemRules`]), so editing a programme never changes tandems already running.

use crate::{
    DomainError,
    followup::CheckInPoint,
    minors::{age_on, parse_date},
    person::Side,
    programme::ProgrammeKind,
    values::{BirthYear, LanguageLevel},
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::Date;

/// The four programme templates the alliance's members asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    /// Buddy / tandem between adults ("Start with a Friend").
    Buddy,
    /// Learning sponsorship for children of 6–10 ("Balu und Du").
    LearningChildren,
    /// Learning sponsorship for pupils and students ("Rock your Life", "StudyPREP").
    LearningPupils,
    /// Career mentoring ("IQ Mentoring", "Jobpilot 360°").
    Career,
}

impl Template {
    pub const ALL: [Self; 4] = [
        Self::Buddy,
        Self::LearningChildren,
        Self::LearningPupils,
        Self::Career,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Buddy => "buddy",
            Self::LearningChildren => "learning_children",
            Self::LearningPupils => "learning_pupils",
            Self::Career => "career",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|template| template.as_str() == raw.trim())
            .ok_or(DomainError::invalid("template", "choice"))
    }
    pub const fn kind(self) -> ProgrammeKind {
        match self {
            Self::Buddy => ProgrammeKind::Buddy,
            Self::LearningChildren | Self::LearningPupils => ProgrammeKind::Learning,
            Self::Career => ProgrammeKind::Career,
        }
    }
    /// Planned duration of a tandem in months.
    pub const fn duration_months(self) -> u16 {
        match self {
            Self::Buddy | Self::Career => 6,
            Self::LearningChildren => 12,
            Self::LearningPupils => 24,
        }
    }

    /// The rules the template starts a programme with.
    pub fn rules(self) -> ProgrammeRules {
        let all_points = CheckInPoint::ALL.to_vec();
        match self {
            Self::Buddy => ProgrammeRules {
                template: Some(self),
                meetings_per_month: 3,
                mentee_age: Some(AgeRange { min: 18, max: 99 }),
                mentor_age: Some(AgeRange { min: 18, max: 99 }),
                mentee_min_german: None,
                mentor_min_german: Some(LanguageLevel::B2),
                required_trainings: vec!["Kennenlerngespräch mit dem lokalen Team".into()],
                certificate_required: false,
                checkin_points: all_points,
                questions: vec![Question::choice(
                    "household",
                    Some(Side::Mentee),
                    (
                        "Mit wem möchten Sie teilnehmen?",
                        "Who would take part with you?",
                    ),
                    &[
                        ("alone", "Allein", "On my own"),
                        ("family", "Mit meiner Familie", "With my family"),
                    ],
                )],
                max_mentors_per_tandem: 1,
                max_mentees_per_tandem: 6,
            },
            Self::LearningChildren => ProgrammeRules {
                template: Some(self),
                meetings_per_month: 4,
                mentee_age: Some(AgeRange { min: 6, max: 10 }),
                mentor_age: Some(AgeRange { min: 17, max: 30 }),
                mentee_min_german: None,
                mentor_min_german: Some(LanguageLevel::C1),
                required_trainings: vec!["Einführungsseminar".into(), "Begleitseminar".into()],
                certificate_required: true,
                checkin_points: all_points,
                questions: vec![
                    Question::text(
                        "school",
                        Some(Side::Mentee),
                        ("Schule des Kindes", "The child's school"),
                    ),
                    Question {
                        kind: QuestionKind::Number,
                        ..Question::text(
                            "grade",
                            Some(Side::Mentee),
                            ("Klasse", "School year (grade)"),
                        )
                    },
                ],
                ..ProgrammeRules::default()
            },
            Self::LearningPupils => ProgrammeRules {
                template: Some(self),
                meetings_per_month: 2,
                mentee_age: Some(AgeRange { min: 12, max: 27 }),
                mentor_age: Some(AgeRange { min: 18, max: 35 }),
                mentee_min_german: Some(LanguageLevel::A2),
                mentor_min_german: Some(LanguageLevel::C1),
                required_trainings: vec!["Trainingsblock 1".into(), "Trainingsblock 2".into()],
                certificate_required: true,
                checkin_points: all_points,
                questions: vec![Question::choice(
                    "education_goal",
                    Some(Side::Mentee),
                    ("Ihr Schul- oder Studienziel", "Your school or study goal"),
                    &[
                        (
                            "school_certificate",
                            "Schulabschluss",
                            "School-leaving certificate",
                        ),
                        ("abitur", "Abitur", "Abitur (university entrance)"),
                        ("studies", "Studium", "Studies at a university"),
                        ("apprenticeship", "Ausbildung", "Apprenticeship"),
                    ],
                )],
                ..ProgrammeRules::default()
            },
            Self::Career => ProgrammeRules {
                template: Some(self),
                meetings_per_month: 2,
                mentee_age: Some(AgeRange { min: 18, max: 67 }),
                mentor_age: Some(AgeRange { min: 18, max: 99 }),
                mentee_min_german: Some(LanguageLevel::A2),
                mentor_min_german: Some(LanguageLevel::C1),
                required_trainings: vec!["Einführung ins Mentoring".into()],
                certificate_required: false,
                checkin_points: all_points,
                questions: vec![
                    Question::choice(
                        "career_goal",
                        Some(Side::Mentee),
                        ("Ihr Ziel", "Your goal"),
                        &[
                            ("apprenticeship", "Ausbildung", "Apprenticeship"),
                            ("job", "Arbeitsstelle", "A job"),
                            (
                                "recognition",
                                "Anerkennung eines ausländischen Abschlusses",
                                "Recognition of a foreign qualification",
                            ),
                            ("study", "Studium", "Studies"),
                        ],
                    ),
                    Question::choice(
                        "recognition_stage",
                        Some(Side::Mentee),
                        (
                            "Stand des Anerkennungsverfahrens",
                            "Stage of the recognition procedure",
                        ),
                        &[
                            ("not_needed", "Nicht nötig", "Not needed"),
                            ("not_started", "Noch nicht begonnen", "Not started"),
                            ("advice", "In Beratung", "Getting advice"),
                            ("applied", "Antrag gestellt", "Application submitted"),
                            (
                                "partial",
                                "Teilweise anerkannt / Ausgleichsmaßnahme",
                                "Partly recognised / compensation measure",
                            ),
                            ("recognised", "Anerkannt", "Recognised"),
                        ],
                    ),
                    Question::text("profession", None, ("Beruf", "Profession")),
                    Question::text("industry", None, ("Branche", "Industry")),
                    Question::text("employer", Some(Side::Mentor), ("Arbeitgeber", "Employer")),
                ],
                max_mentors_per_tandem: 2,
                max_mentees_per_tandem: 1,
            },
        }
    }
}

/// An inclusive range of ages in full years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: u8,
    pub max: u8,
}

/// What a programme asks of its tandems and its people. Programmes without a template have the
/// default: no limits, nothing required, every check-in point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgrammeRules {
    pub template: Option<Template>,
    /// Meetings a month the tandem is expected to have.
    pub meetings_per_month: u8,
    pub mentee_age: Option<AgeRange>,
    pub mentor_age: Option<AgeRange>,
    pub mentee_min_german: Option<LanguageLevel>,
    pub mentor_min_german: Option<LanguageLevel>,
    /// Titles of trainings a mentor must have attended before being proposed.
    pub required_trainings: Vec<String>,
    /// Every mentor needs a valid certificate of conduct, whatever the mentee's age.
    pub certificate_required: bool,
    pub checkin_points: Vec<CheckInPoint>,
    /// Intake questions asked at registration, besides the profile.
    pub questions: Vec<Question>,
    /// Mentors and mentees one tandem may have (see `members`): 1–3 mentors ("two sponsors"),
    /// 1–12 mentees ("a mentor with a family").
    pub max_mentors_per_tandem: u8,
    pub max_mentees_per_tandem: u8,
}

impl Default for ProgrammeRules {
    fn default() -> Self {
        Self {
            template: None,
            meetings_per_month: 2,
            mentee_age: None,
            mentor_age: None,
            mentee_min_german: None,
            mentor_min_german: None,
            required_trainings: Vec::new(),
            certificate_required: false,
            checkin_points: CheckInPoint::ALL.to_vec(),
            questions: Vec::new(),
            max_mentors_per_tandem: 1,
            max_mentees_per_tandem: 1,
        }
    }
}

/// Why someone may not register for a programme; carries the limit, so the form can name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ineligible {
    Age { range: AgeRange },
    German { min: LanguageLevel },
}

impl Ineligible {
    pub const fn field(self) -> &'static str {
        match self {
            Self::Age { .. } => "birth_year",
            Self::German { .. } => "languages",
        }
    }
    pub const fn code(self) -> &'static str {
        match self {
            Self::Age { .. } => "age-outside-programme",
            Self::German { .. } => "german-below-programme",
        }
    }
    pub const fn to_error(self) -> DomainError {
        DomainError::invalid(self.field(), self.code())
    }
}

impl ProgrammeRules {
    pub const fn age_range(&self, side: Side) -> Option<AgeRange> {
        match side {
            Side::Mentee => self.mentee_age,
            Side::Mentor => self.mentor_age,
        }
    }
    pub const fn min_german(&self, side: Side) -> Option<LanguageLevel> {
        match side {
            Side::Mentee => self.mentee_min_german,
            Side::Mentor => self.mentor_min_german,
        }
    }

    /// Checks a registration against the programme's limits. With only a birth year, a person is
    /// refused only if neither age they may have today fits (so nobody is turned away by a birthday
    /// not yet known).
    pub fn check_eligibility(
        &self,
        side: Side,
        birth_year: BirthYear,
        birth_date: Option<Date>,
        german: Option<LanguageLevel>,
        today: Date,
    ) -> Vec<Ineligible> {
        let mut problems = Vec::new();
        if let Some(range) = self.age_range(side) {
            let fits = |age: i32| (i32::from(range.min)..=i32::from(range.max)).contains(&age);
            let ok = match birth_date {
                Some(born) => fits(age_on(born, today)),
                None => {
                    let oldest = today.year() - birth_year.get();
                    fits(oldest) || fits(oldest - 1)
                }
            };
            if !ok {
                problems.push(Ineligible::Age { range });
            }
        }
        if let Some(min) = self.min_german(side)
            && german.is_none_or(|level| level < min)
        {
            problems.push(Ineligible::German { min });
        }
        problems
    }

    /// The intake questions one side is asked at registration.
    pub fn questions_for(&self, side: Side) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(move |question| {
            !question.survey && question.side.is_none_or(|asked| asked == side)
        })
    }

    /// The programme's own questions in one side's start and end surveys.
    pub fn survey_questions_for(&self, side: Side) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(move |question| {
            question.survey && question.side.is_none_or(|asked| asked == side)
        })
    }
}

/// The rules a tandem started with: a copy taken when it was formed, so that later edits of the
/// programme (duration, check-in points, rhythm) do not reach it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TandemRules {
    pub duration_months: u16,
    pub rules: ProgrammeRules,
}

/// The kinds of intake question an organisation can ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Text,
    Choice,
    MultipleChoice,
    Number,
    Date,
}

impl QuestionKind {
    pub const ALL: [Self; 5] = [
        Self::Text,
        Self::Choice,
        Self::MultipleChoice,
        Self::Number,
        Self::Date,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Choice => "choice",
            Self::MultipleChoice => "multiple_choice",
            Self::Number => "number",
            Self::Date => "date",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw.trim())
            .ok_or(DomainError::invalid("question_kind", "choice"))
    }
}

/// One option of a (multiple) choice question, worded per locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionChoice {
    pub id: String,
    pub text: BTreeMap<String, String>,
}

/// An intake question. Its wording is kept per locale; German is required and the fallback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable within the programme; also the form field `q_<id>`.
    pub id: String,
    pub kind: QuestionKind,
    /// `None`: both sides are asked.
    pub side: Option<Side>,
    pub text: BTreeMap<String, String>,
    #[serde(default)]
    pub choices: Vec<QuestionChoice>,
    pub required: bool,
    /// Asked in the start and end surveys (`crate::survey`) instead of at registration.
    #[serde(default)]
    pub survey: bool,
}

fn worded(text: &BTreeMap<String, String>, locale: &str) -> String {
    text.get(locale)
        .filter(|text| !text.trim().is_empty())
        .or_else(|| text.get("de"))
        .cloned()
        .unwrap_or_default()
}

fn de_en(de: &str, en: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("de".to_owned(), de.to_owned()),
        ("en".to_owned(), en.to_owned()),
    ])
}

/// Answers are at most this long (text) and this many (multiple choice is bounded by its options).
pub const MAX_ANSWER_CHARS: usize = 500;

impl Question {
    fn text(id: &str, side: Option<Side>, (de, en): (&str, &str)) -> Self {
        Self {
            id: id.to_owned(),
            kind: QuestionKind::Text,
            side,
            text: de_en(de, en),
            choices: Vec::new(),
            required: false,
            survey: false,
        }
    }
    fn choice(
        id: &str,
        side: Option<Side>,
        wording: (&str, &str),
        choices: &[(&str, &str, &str)],
    ) -> Self {
        Self {
            kind: QuestionKind::Choice,
            required: true,
            choices: choices
                .iter()
                .map(|(id, de, en)| QuestionChoice {
                    id: (*id).to_owned(),
                    text: de_en(de, en),
                })
                .collect(),
            ..Self::text(id, side, wording)
        }
    }

    /// The form field that carries the answer.
    pub fn field(&self) -> String {
        format!("q_{}", self.id)
    }

    /// The question in `locale`, falling back to German.
    pub fn text_in(&self, locale: &str) -> String {
        worded(&self.text, locale)
    }

    pub fn choice_text(&self, choice: &str, locale: &str) -> String {
        self.choices
            .iter()
            .find(|c| c.id == choice)
            .map_or_else(|| choice.to_owned(), |c| worded(&c.text, locale))
    }

    /// Parses the submitted values (several for multiple choice) into the stored answer: `None`
    /// when left empty. The error code names what is wrong; the field is [`Question::field`].
    pub fn parse_answer(&self, values: &[String]) -> Result<Option<String>, &'static str> {
        let values: Vec<&str> = values
            .iter()
            .map(|value| value.trim())
            .filter(|value| !value.is_empty())
            .collect();
        if values.is_empty() {
            return if self.required {
                Err("required")
            } else {
                Ok(None)
            };
        }
        let known = |value: &str| self.choices.iter().any(|choice| choice.id == value);
        let answer = match self.kind {
            QuestionKind::Text => {
                let text = values.join(" ");
                if text.chars().count() > MAX_ANSWER_CHARS {
                    return Err("too-long");
                }
                text
            }
            QuestionKind::Choice => {
                if values.len() != 1 || !known(values[0]) {
                    return Err("choice");
                }
                values[0].to_owned()
            }
            QuestionKind::MultipleChoice => {
                let mut chosen: Vec<&str> = Vec::new();
                for value in values {
                    if !known(value) {
                        return Err("choice");
                    }
                    if !chosen.contains(&value) {
                        chosen.push(value);
                    }
                }
                chosen.join(",")
            }
            QuestionKind::Number => {
                let number = values[0]
                    .replace(',', ".")
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && n.abs() < 1e9)
                    .ok_or("number")?;
                number.to_string()
            }
            QuestionKind::Date => {
                let date = parse_date("answer", values[0]).map_err(|_| "date")?;
                crate::followup::iso_date(date)
            }
        };
        Ok(Some(answer))
    }

    /// The stored answer as a reader in `locale` sees it (choice ids become their wording).
    pub fn display_answer(&self, answer: &str, locale: &str) -> String {
        match self.kind {
            QuestionKind::Choice | QuestionKind::MultipleChoice => answer
                .split(',')
                .map(|choice| self.choice_text(choice, locale))
                .collect::<Vec<_>>()
                .join(", "),
            _ => answer.to_owned(),
        }
    }
}

/// Stored answers: (question id, answer).
pub type Answers = Vec<(String, String)>;
/// Wrong answers: (form field, error code).
pub type AnswerErrors = Vec<(String, &'static str)>;

/// Parses every answer of one side at once: the stored answers, or every (field, code) wrong.
pub fn parse_answers<'a>(
    rules: &ProgrammeRules,
    side: Side,
    values: impl Fn(&str) -> Vec<String> + 'a,
) -> Result<Answers, AnswerErrors> {
    let mut answers = Vec::new();
    let mut errors = Vec::new();
    for question in rules.questions_for(side) {
        match question.parse_answer(&values(&question.field())) {
            Ok(Some(answer)) => answers.push((question.id.clone(), answer)),
            Ok(None) => {}
            Err(code) => errors.push((question.field(), code)),
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// A custom question as the admin types it: the wording per locale (German required), the kind,
/// who is asked, and for choices one option per line, `German | English`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionForm {
    pub kind: String,
    pub side: String,
    pub texts: BTreeMap<String, String>,
    pub choices: String,
    pub required: bool,
    /// Asked in the start and end surveys rather than at registration.
    pub survey: bool,
}

impl QuestionForm {
    /// Parses the form into a question with a fresh id, reporting every field error at once.
    pub fn parse(&self, existing: &[Question]) -> Result<Question, Vec<DomainError>> {
        let mut errors = Vec::new();
        let kind = QuestionKind::parse(&self.kind)
            .map_err(|_| errors.push(DomainError::invalid("question_kind", "choice")))
            .ok();
        let side = match self.side.trim() {
            "" | "both" => Some(None),
            raw => Side::parse(raw)
                .map(Some)
                .map_err(|_| errors.push(DomainError::invalid("question_side", "choice")))
                .ok(),
        };
        let texts: BTreeMap<String, String> = self
            .texts
            .iter()
            .map(|(locale, text)| (locale.clone(), text.trim().to_owned()))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        if !texts.contains_key("de") {
            errors.push(DomainError::invalid("question_de", "required"));
        }
        if texts.values().any(|text| text.chars().count() > 300) {
            errors.push(DomainError::invalid("question_de", "too-long"));
        }
        let mut choices = Vec::new();
        if matches!(
            kind,
            Some(QuestionKind::Choice | QuestionKind::MultipleChoice)
        ) {
            for (index, line) in self
                .choices
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .enumerate()
            {
                let (de, en) = line.split_once('|').unwrap_or((line, ""));
                let mut text = BTreeMap::from([("de".to_owned(), de.trim().to_owned())]);
                if !en.trim().is_empty() {
                    text.insert("en".to_owned(), en.trim().to_owned());
                }
                choices.push(QuestionChoice {
                    id: format!("o{}", index + 1),
                    text,
                });
            }
            if choices.len() < 2 || choices.len() > 20 {
                errors.push(DomainError::invalid("question_choices", "choices-2-20"));
            }
        }
        if existing.len() >= 30 {
            errors.push(DomainError::invalid("question_de", "too-many-questions"));
        }
        match (kind, side) {
            (Some(kind), Some(side)) if errors.is_empty() => {
                let mut number = existing.len() + 1;
                while existing.iter().any(|q| q.id == format!("c{number}")) {
                    number += 1;
                }
                Ok(Question {
                    id: format!("c{number}"),
                    kind,
                    side,
                    text: texts,
                    choices,
                    required: self.required,
                    survey: self.survey,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The rules form as typed (the questions are edited apart).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RulesForm {
    pub meetings_per_month: String,
    pub mentee_age_min: String,
    pub mentee_age_max: String,
    pub mentor_age_min: String,
    pub mentor_age_max: String,
    pub mentee_min_german: String,
    pub mentor_min_german: String,
    /// One title per line.
    pub required_trainings: String,
    pub certificate_required: bool,
    pub checkin_points: Vec<String>,
    /// Empty keeps the current value.
    pub max_mentors_per_tandem: String,
    pub max_mentees_per_tandem: String,
}

impl RulesForm {
    pub fn from_rules(rules: &ProgrammeRules) -> Self {
        let age = |range: Option<AgeRange>, max: bool| {
            range.map_or(String::new(), |r| {
                if max { r.max } else { r.min }.to_string()
            })
        };
        Self {
            meetings_per_month: rules.meetings_per_month.to_string(),
            mentee_age_min: age(rules.mentee_age, false),
            mentee_age_max: age(rules.mentee_age, true),
            mentor_age_min: age(rules.mentor_age, false),
            mentor_age_max: age(rules.mentor_age, true),
            mentee_min_german: rules
                .mentee_min_german
                .map_or(String::new(), |l| l.as_str().to_owned()),
            mentor_min_german: rules
                .mentor_min_german
                .map_or(String::new(), |l| l.as_str().to_owned()),
            required_trainings: rules.required_trainings.join("\n"),
            certificate_required: rules.certificate_required,
            checkin_points: rules
                .checkin_points
                .iter()
                .map(|p| p.as_str().to_owned())
                .collect(),
            max_mentors_per_tandem: rules.max_mentors_per_tandem.to_string(),
            max_mentees_per_tandem: rules.max_mentees_per_tandem.to_string(),
        }
    }

    /// Parses every field onto `base` (which keeps its template and questions); all errors at once.
    pub fn parse(&self, base: &ProgrammeRules) -> Result<ProgrammeRules, Vec<DomainError>> {
        let mut errors = Vec::new();
        let meetings = self
            .meetings_per_month
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=31).contains(n));
        if meetings.is_none() {
            errors.push(DomainError::invalid("meetings_per_month", "range-1-31"));
        }
        let mut ages = |field: &'static str, min: &str, max: &str| match (min.trim(), max.trim()) {
            ("", "") => None,
            (min, max) => match (min.parse::<u8>(), max.parse::<u8>()) {
                (Ok(min), Ok(max)) if min <= max && max <= 120 => Some(AgeRange { min, max }),
                _ => {
                    errors.push(DomainError::invalid(field, "age-range"));
                    None
                }
            },
        };
        let mentee_age = ages("mentee_age", &self.mentee_age_min, &self.mentee_age_max);
        let mentor_age = ages("mentor_age", &self.mentor_age_min, &self.mentor_age_max);
        let mut level = |field: &'static str, raw: &str| match raw.trim() {
            "" => None,
            raw => LanguageLevel::parse(raw)
                .map_err(|_| errors.push(DomainError::invalid(field, "language-level")))
                .ok(),
        };
        let mentee_min_german = level("mentee_min_german", &self.mentee_min_german);
        let mentor_min_german = level("mentor_min_german", &self.mentor_min_german);
        let mut required_trainings: Vec<String> = Vec::new();
        for title in self.required_trainings.lines().map(str::trim) {
            if title.is_empty() {
                continue;
            }
            if title.chars().count() > 200 {
                errors.push(DomainError::invalid("required_trainings", "too-long"));
            } else if !required_trainings
                .iter()
                .any(|t| t.to_lowercase() == title.to_lowercase())
            {
                required_trainings.push(title.to_owned());
            }
        }
        if required_trainings.len() > 10 {
            errors.push(DomainError::invalid(
                "required_trainings",
                "too-many-trainings",
            ));
        }
        let mut checkin_points = Vec::new();
        for raw in &self.checkin_points {
            match CheckInPoint::parse(raw) {
                Ok(point) if !checkin_points.contains(&point) => checkin_points.push(point),
                Ok(_) => {}
                Err(_) => errors.push(DomainError::invalid("checkin_points", "choice")),
            }
        }
        checkin_points.sort();
        let mut members =
            |field: &'static str, raw: &str, current: u8, max: u8, code| match raw.trim() {
                "" => current,
                raw => raw
                    .parse::<u8>()
                    .ok()
                    .filter(|n| (1..=max).contains(n))
                    .unwrap_or_else(|| {
                        errors.push(DomainError::invalid(field, code));
                        current
                    }),
            };
        let max_mentors_per_tandem = members(
            "max_mentors_per_tandem",
            &self.max_mentors_per_tandem,
            base.max_mentors_per_tandem,
            crate::members::MAX_MENTORS,
            "range-1-3",
        );
        let max_mentees_per_tandem = members(
            "max_mentees_per_tandem",
            &self.max_mentees_per_tandem,
            base.max_mentees_per_tandem,
            crate::members::MAX_MENTEES,
            "range-1-12",
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ProgrammeRules {
            template: base.template,
            meetings_per_month: meetings.unwrap_or(2),
            mentee_age,
            mentor_age,
            mentee_min_german,
            mentor_min_german,
            required_trainings,
            certificate_required: self.certificate_required,
            checkin_points,
            questions: base.questions.clone(),
            max_mentors_per_tandem,
            max_mentees_per_tandem,
        })
    }
}

/// A training in a mentor's record: recorded by a coordinator or ticked at an event's door.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrainingRecord {
    pub title: String,
    pub held_on: Date,
    pub attended: bool,
}

/// A training the coordinator records, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainingForm {
    pub title: String,
    pub held_on: String,
    pub attended: bool,
}

impl TrainingForm {
    pub fn parse(&self, today: Date) -> Result<TrainingRecord, Vec<DomainError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            errors.push(DomainError::invalid("title", "required"));
        } else if title.chars().count() > 200 {
            errors.push(DomainError::invalid("title", "too-long"));
        }
        let held_on = parse_date("held_on", &self.held_on)
            .map_err(|_| errors.push(DomainError::invalid("held_on", "date")))
            .ok();
        if let Some(day) = held_on
            && self.attended
            && day > today
        {
            errors.push(DomainError::invalid("held_on", "in-future"));
        }
        match held_on {
            Some(held_on) if errors.is_empty() => Ok(TrainingRecord {
                title: title.to_owned(),
                held_on,
                attended: self.attended,
            }),
            _ => Err(errors),
        }
    }
}

fn same_title(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The required trainings a mentor has not attended (titles compared without case).
pub fn missing_trainings(required: &[String], record: &[TrainingRecord]) -> Vec<String> {
    required
        .iter()
        .filter(|title| {
            !record
                .iter()
                .any(|training| training.attended && same_title(&training.title, title))
        })
        .cloned()
        .collect()
}

/// The trainings gate: a mentor is proposed only with every required training attended.
pub fn check_trainings(required: &[String], record: &[TrainingRecord]) -> Result<(), DomainError> {
    if missing_trainings(required, record).is_empty() {
        Ok(())
    } else {
        Err(DomainError::invalid("mentor", "required-trainings-missing"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn templates_read_back_and_set_their_kind() {
        for template in Template::ALL {
            assert_eq!(Template::parse(template.as_str()).unwrap(), template);
            let rules = template.rules();
            assert_eq!(rules.template, Some(template));
            assert_eq!(RulesForm::from_rules(&rules).parse(&rules).unwrap(), rules);
        }
        assert_eq!(Template::LearningChildren.kind(), ProgrammeKind::Learning);
        assert!(Template::LearningChildren.rules().certificate_required);
        assert!(!Template::Career.rules().certificate_required);
        assert_eq!(Template::LearningPupils.duration_months(), 24);
        let career: Vec<_> = Template::Career
            .rules()
            .questions_for(Side::Mentee)
            .map(|q| q.id.clone())
            .collect();
        assert_eq!(
            career,
            ["career_goal", "recognition_stage", "profession", "industry"]
        );
    }

    #[test]
    fn ages_outside_the_limits_are_refused_with_the_limit() {
        let rules = Template::LearningChildren.rules();
        let today = date!(2026 - 12 - 06);
        let year = |y| BirthYear::new(y, 2026).unwrap();
        assert!(
            rules
                .check_eligibility(Side::Mentee, year(2018), None, None, today)
                .is_empty()
        );
        assert_eq!(
            rules.check_eligibility(Side::Mentee, year(2010), None, None, today),
            vec![Ineligible::Age {
                range: AgeRange { min: 6, max: 10 }
            }]
        );
        // Born 2015: 10 or 11 today — may still be 10, so not refused on the year alone …
        assert!(
            rules
                .check_eligibility(Side::Mentee, year(2015), None, None, today)
                .is_empty()
        );
        // … but refused with the birth date known.
        assert_eq!(
            rules
                .check_eligibility(
                    Side::Mentee,
                    year(2015),
                    Some(date!(2015 - 01 - 02)),
                    None,
                    today
                )
                .len(),
            1
        );
        let career = Template::Career.rules();
        assert_eq!(
            career.check_eligibility(
                Side::Mentee,
                year(1990),
                None,
                Some(LanguageLevel::A1),
                today
            ),
            vec![Ineligible::German {
                min: LanguageLevel::A2
            }]
        );
        assert!(
            career
                .check_eligibility(
                    Side::Mentee,
                    year(1990),
                    None,
                    Some(LanguageLevel::B1),
                    today
                )
                .is_empty()
        );
        assert!(
            ProgrammeRules::default()
                .check_eligibility(Side::Mentee, year(2020), None, None, today)
                .is_empty()
        );
    }

    #[test]
    fn answers_are_validated_per_kind() {
        let mut rules = Template::Career.rules();
        let form = QuestionForm {
            kind: "multiple_choice".into(),
            side: "mentee".into(),
            texts: BTreeMap::from([
                ("de".into(), "Sprachen im Beruf".into()),
                ("en".into(), "Languages at work".into()),
            ]),
            choices: "Englisch | English\nArabisch | Arabic\n".into(),
            required: false,
            survey: false,
        };
        let question = form.parse(&rules.questions).unwrap();
        assert_eq!(question.text_in("ar"), "Sprachen im Beruf");
        assert_eq!(question.text_in("en"), "Languages at work");
        rules.questions.push(question.clone());
        let field = question.field();
        let answers = |values: Vec<(&str, &str)>| {
            let values: Vec<(String, String)> = values
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            parse_answers(&rules, Side::Mentee, move |name| {
                values
                    .iter()
                    .filter(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .collect()
            })
        };
        let ok = answers(vec![
            ("q_career_goal", "job"),
            ("q_recognition_stage", "applied"),
            (&field, "o2"),
            (&field, "o1"),
        ])
        .unwrap();
        assert!(ok.contains(&(question.id.clone(), "o2,o1".into())));
        assert_eq!(question.display_answer("o2,o1", "en"), "Arabic, English");
        let errors = answers(vec![("q_career_goal", "astronaut"), (&field, "o9")]).unwrap_err();
        assert_eq!(
            errors,
            vec![
                ("q_career_goal".to_owned(), "choice"),
                ("q_recognition_stage".to_owned(), "required"),
                (field.clone(), "choice"),
            ]
        );
        let number = Question {
            kind: QuestionKind::Number,
            ..question.clone()
        };
        assert_eq!(number.parse_answer(&["3,5".into()]), Ok(Some("3.5".into())));
        assert_eq!(number.parse_answer(&["drei".into()]), Err("number"));
        let day = Question {
            kind: QuestionKind::Date,
            ..question
        };
        assert_eq!(day.parse_answer(&["2026-02-30".into()]), Err("date"));
        assert!(QuestionForm::default().parse(&[]).is_err());
    }

    #[test]
    fn required_trainings_must_be_attended() {
        let required = vec!["Einführungsseminar".to_owned(), "Begleitseminar".to_owned()];
        let mut record = vec![TrainingRecord {
            title: "einführungsseminar".into(),
            held_on: date!(2026 - 01 - 10),
            attended: true,
        }];
        assert_eq!(missing_trainings(&required, &record), ["Begleitseminar"]);
        assert!(check_trainings(&required, &record).is_err());
        record.push(TrainingRecord {
            title: "Begleitseminar".into(),
            held_on: date!(2026 - 02 - 10),
            attended: false,
        });
        assert!(
            check_trainings(&required, &record).is_err(),
            "registered is not attended"
        );
        record[1].attended = true;
        assert!(check_trainings(&required, &record).is_ok());
        let form = TrainingForm {
            title: " ".into(),
            held_on: "2030-01-01".into(),
            attended: true,
        };
        assert_eq!(
            form.parse(date!(2026 - 12 - 06)).unwrap_err(),
            vec![
                DomainError::invalid("title", "required"),
                DomainError::invalid("held_on", "in-future")
            ]
        );
    }

    #[test]
    fn the_rules_form_parses_all_fields_at_once() {
        let rules = Template::Buddy.rules();
        let mut form = RulesForm::from_rules(&rules);
        assert_eq!(form.parse(&rules).unwrap(), rules);
        form.meetings_per_month = "0".into();
        form.mentee_age_min = "30".into();
        form.mentee_age_max = "20".into();
        form.mentor_min_german = "Z9".into();
        assert_eq!(form.parse(&rules).unwrap_err().len(), 3);
    }
}
