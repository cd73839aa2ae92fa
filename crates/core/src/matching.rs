//! From people to a matching problem and back: a programme's criteria (hard rules and weights, with
//! sensible defaults per programme kind), each person's attributes for the engine, and the reasons
//! behind every proposal and every mentee left waiting — in data, so each language can word them.

use crate::{
    DomainError, gazetteer,
    ids::PersonId,
    minors::Safeguarding,
    person::Person,
    programme::{ProgrammeDetails, ProgrammeKind, Region},
    programme_rules::{Question, QuestionKind},
    values::{Gender, GenderPreference, KNOWN_LANGUAGES, LanguageLevel},
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
pub use tandem_match::Objective;
use tandem_match::{
    Pair, Problem, ProblemError,
    criteria::{self, Attributes, GenderWish, Part, Rejection, Rules, Weights},
};

/// Each person's answers to the programme's intake questions: (question id, stored answer; the
/// options of a multiple choice joined by commas).
pub type IntakeAnswers = HashMap<PersonId, Vec<(String, String)>>;

/// How an intake question's answers count in matching (see [`AnswerCriterion`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerRule {
    /// Mentee and mentor must have chosen at least one common option.
    MustShare,
    /// Common options earn points (the `weight_answers` share of the score).
    Prefer,
}

impl AnswerRule {
    pub const ALL: [Self; 2] = [Self::MustShare, Self::Prefer];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::MustShare => "must_share",
            Self::Prefer => "prefer",
        }
    }
    fn engine(self) -> criteria::AnswerRule {
        match self {
            Self::MustShare => criteria::AnswerRule::MustShare,
            Self::Prefer => criteria::AnswerRule::Prefer,
        }
    }
}

/// An intake question used as a matching criterion. Only (multiple) choice questions asked of
/// both sides qualify: free text cannot be compared, and a question one side never sees would
/// refuse or reward nobody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerCriterion {
    pub question: String,
    pub rule: AnswerRule,
}

/// Whether an intake question can be a matching criterion (see [`AnswerCriterion`]).
pub fn usable_as_criterion(question: &Question) -> bool {
    matches!(
        question.kind,
        QuestionKind::Choice | QuestionKind::MultipleChoice
    ) && question.side.is_none()
}

/// A programme's matching criteria, as its organisation admin sets them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criteria {
    /// Both must speak one language at least this well.
    pub min_shared_level: LanguageLevel,
    /// Furthest distance between the two postal codes; `None` for online programmes.
    pub max_km: Option<u16>,
    /// At least one common weekly time slot.
    pub need_common_time: bool,
    pub mentee_age: Option<(i32, i32)>,
    pub mentor_age: Option<(i32, i32)>,
    /// Points at full strength for each soft part (the total stays within 0..=1000).
    pub weight_language: u16,
    pub weight_distance: u16,
    pub weight_interests: u16,
    pub weight_common_time: u16,
    pub weight_waiting: u16,
    /// Points shared among the intake questions marked "prefer" (criteria saved before intake
    /// answers counted read as 0).
    #[serde(default)]
    pub weight_answers: u16,
    /// Intake questions used as criteria, in the order the engine sees them.
    #[serde(default)]
    pub answers: Vec<AnswerCriterion>,
}

impl Criteria {
    /// Defaults per programme kind: buddy tandems meet nearby in everyday life, learning
    /// sponsorships need a short way for a child and regular times, career mentoring can travel
    /// further and meet flexibly.
    pub fn defaults_for(programme: &ProgrammeDetails) -> Self {
        let online = matches!(programme.region, Region::Online);
        let (level, km, common_time, mentee_age, mentor_age) = match programme.kind {
            ProgrammeKind::Buddy => (LanguageLevel::A2, 25, true, (18, 120), (18, 120)),
            ProgrammeKind::Learning => (LanguageLevel::A2, 15, true, (6, 30), (16, 120)),
            ProgrammeKind::Career => (LanguageLevel::B1, 50, false, (16, 120), (18, 120)),
        };
        Self {
            min_shared_level: level,
            max_km: (!online).then_some(km),
            need_common_time: common_time,
            mentee_age: Some(mentee_age),
            mentor_age: Some(mentor_age),
            weight_language: 300,
            weight_distance: if online { 0 } else { 300 },
            weight_interests: 200,
            weight_common_time: 100,
            weight_waiting: 100,
            weight_answers: 0,
            answers: Vec::new(),
        }
    }

    fn rules(&self) -> Rules {
        Rules {
            min_shared_level: level_index(self.min_shared_level),
            max_km: self.max_km.map(f64::from),
            need_common_time: self.need_common_time,
            mentee_age: self.mentee_age,
            mentor_age: self.mentor_age,
            answers: self
                .answers
                .iter()
                .map(|criterion| criterion.rule.engine())
                .collect(),
        }
    }

    fn weights(&self) -> Weights {
        Weights {
            language: f64::from(self.weight_language),
            distance: f64::from(self.weight_distance),
            interests: f64::from(self.weight_interests),
            common_time: f64::from(self.weight_common_time),
            waiting: f64::from(self.weight_waiting),
            answers: f64::from(self.weight_answers),
        }
    }
}

/// The criteria form as typed, kept as strings so a form with errors shows again as it was.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CriteriaForm {
    pub min_shared_level: String,
    /// Empty: distance does not matter.
    pub max_km: String,
    pub need_common_time: bool,
    pub mentee_age_low: String,
    pub mentee_age_high: String,
    pub mentor_age_low: String,
    pub mentor_age_high: String,
    pub weight_language: String,
    pub weight_distance: String,
    pub weight_interests: String,
    pub weight_common_time: String,
    pub weight_waiting: String,
    /// Empty counts as 0.
    pub weight_answers: String,
    /// Question id → `must_share`, `prefer`, or empty (not a criterion).
    pub answers: BTreeMap<String, String>,
}

impl CriteriaForm {
    pub fn from_criteria(criteria: &Criteria) -> Self {
        let age = |limits: Option<(i32, i32)>, high: bool| {
            limits.map_or(String::new(), |(low, top)| {
                if high { top } else { low }.to_string()
            })
        };
        Self {
            min_shared_level: criteria.min_shared_level.as_str().to_owned(),
            max_km: criteria.max_km.map_or(String::new(), |km| km.to_string()),
            need_common_time: criteria.need_common_time,
            mentee_age_low: age(criteria.mentee_age, false),
            mentee_age_high: age(criteria.mentee_age, true),
            mentor_age_low: age(criteria.mentor_age, false),
            mentor_age_high: age(criteria.mentor_age, true),
            weight_language: criteria.weight_language.to_string(),
            weight_distance: criteria.weight_distance.to_string(),
            weight_interests: criteria.weight_interests.to_string(),
            weight_common_time: criteria.weight_common_time.to_string(),
            weight_waiting: criteria.weight_waiting.to_string(),
            weight_answers: criteria.weight_answers.to_string(),
            answers: criteria
                .answers
                .iter()
                .map(|c| (c.question.clone(), c.rule.as_str().to_owned()))
                .collect(),
        }
    }

    /// Parses every field, reporting all errors at once. `questions` are the programme's intake
    /// questions: only those [`usable_as_criterion`] may be marked.
    pub fn parse(&self, questions: &[Question]) -> Result<Criteria, Vec<DomainError>> {
        let mut errors = Vec::new();
        let mut answers = Vec::new();
        for question in questions {
            let raw = self.answers.get(&question.id).map_or("", |raw| raw.trim());
            if raw.is_empty() || raw == "none" {
                continue;
            }
            match AnswerRule::ALL
                .into_iter()
                .find(|rule| rule.as_str() == raw)
            {
                Some(rule) if usable_as_criterion(question) => answers.push(AnswerCriterion {
                    question: question.id.clone(),
                    rule,
                }),
                _ => errors.push(DomainError::invalid("answers", "choice")),
            }
        }
        let unknown = self.answers.iter().any(|(id, raw)| {
            !raw.trim().is_empty() && raw != "none" && !questions.iter().any(|q| &q.id == id)
        });
        if unknown {
            errors.push(DomainError::invalid("answers", "choice"));
        }
        errors.dedup();
        let level = LanguageLevel::parse(&self.min_shared_level)
            .map_err(|_| DomainError::invalid("min_shared_level", "language-level"));
        let max_km = match self.max_km.trim() {
            "" => Ok(None),
            raw => raw
                .parse::<u16>()
                .ok()
                .filter(|km| (1..=500).contains(km))
                .map(Some)
                .ok_or(DomainError::invalid("max_km", "range-1-500")),
        };
        let ages = |field: &'static str, low: &str, high: &str| match (low.trim(), high.trim()) {
            ("", "") => Ok(None),
            (low, high) => match (low.parse::<i32>(), high.parse::<i32>()) {
                (Ok(low), Ok(high)) if (0..=120).contains(&low) && low <= high && high <= 120 => {
                    Ok(Some((low, high)))
                }
                _ => Err(DomainError::invalid(field, "age-range")),
            },
        };
        let mentee_age = ages("mentee_age", &self.mentee_age_low, &self.mentee_age_high);
        let mentor_age = ages("mentor_age", &self.mentor_age_low, &self.mentor_age_high);
        let weight = |field: &'static str, raw: &str| {
            raw.trim()
                .parse::<u16>()
                .ok()
                .filter(|points| *points <= 1000)
                .ok_or(DomainError::invalid(field, "range-0-1000"))
        };
        let weights = [
            weight("weight_language", &self.weight_language),
            weight("weight_distance", &self.weight_distance),
            weight("weight_interests", &self.weight_interests),
            weight("weight_common_time", &self.weight_common_time),
            weight("weight_waiting", &self.weight_waiting),
            match self.weight_answers.trim() {
                "" => Ok(0),
                raw => weight("weight_answers", raw),
            },
        ];
        let level = keep(&mut errors, level);
        let max_km = keep(&mut errors, max_km);
        let mentee_age = keep(&mut errors, mentee_age);
        let mentor_age = keep(&mut errors, mentor_age);
        let weights: Vec<Option<u16>> = weights
            .into_iter()
            .map(|weight| keep(&mut errors, weight))
            .collect();
        if let (
            Some(level),
            Some(max_km),
            Some(mentee_age),
            Some(mentor_age),
            [Some(l), Some(d), Some(i), Some(c), Some(w), Some(a)],
        ) = (level, max_km, mentee_age, mentor_age, weights.as_slice())
        {
            if [l, d, i, c, w, a]
                .into_iter()
                .map(|w| u32::from(*w))
                .sum::<u32>()
                > 1000
            {
                return Err(vec![DomainError::invalid("weight_language", "weights-sum")]);
            }
            if errors.is_empty() {
                return Ok(Criteria {
                    min_shared_level: level,
                    max_km,
                    need_common_time: self.need_common_time,
                    mentee_age,
                    mentor_age,
                    weight_language: *l,
                    weight_distance: *d,
                    weight_interests: *i,
                    weight_common_time: *c,
                    weight_waiting: *w,
                    weight_answers: *a,
                    answers,
                });
            }
        }
        Err(errors)
    }
}

/// The value, or the error noted and `None`.
fn keep<T>(errors: &mut Vec<DomainError>, result: Result<T, DomainError>) -> Option<T> {
    result.map_err(|error| errors.push(error)).ok()
}

/// One reason a pair fits, to be put in words by the interface.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    SharedLanguage {
        language: String,
        level: String,
    },
    Distance {
        km: u32,
    },
    SharedInterests {
        interests: Vec<String>,
    },
    CommonTime {
        slots: u32,
    },
    Waited {
        days: u32,
    },
    /// Both chose these options (ids) for the intake question `question`.
    SharedAnswer {
        question: String,
        answers: Vec<String>,
    },
}

/// A hard rule, named so that refusals and waiting reasons can say which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    SharedLanguage,
    Distance,
    CommonTime,
    GenderWish,
    MenteeAge,
    MentorAge,
    DeclinedBefore,
    /// §72a SGB VIII: the mentee is a minor and the mentor has no valid certificate of conduct.
    CertificateOfConduct,
    /// The mentor has not attended every training the programme requires.
    RequiredTrainings,
    /// A "must share" intake question without a common answer.
    SharedAnswer,
}

impl Rule {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::SharedLanguage => "shared_language",
            Self::Distance => "distance",
            Self::CommonTime => "common_time",
            Self::GenderWish => "gender_wish",
            Self::MenteeAge => "mentee_age",
            Self::MentorAge => "mentor_age",
            Self::DeclinedBefore => "declined_before",
            Self::CertificateOfConduct => "certificate_of_conduct",
            Self::RequiredTrainings => "required_trainings",
            Self::SharedAnswer => "shared_answer",
        }
    }

    fn of(rejection: Rejection) -> Self {
        match rejection {
            Rejection::NoSharedLanguage => Self::SharedLanguage,
            Rejection::TooFar { .. } => Self::Distance,
            Rejection::NoCommonTime => Self::CommonTime,
            Rejection::GenderWish => Self::GenderWish,
            Rejection::MenteeAge => Self::MenteeAge,
            Rejection::MentorAge => Self::MentorAge,
            Rejection::NoSharedAnswer { .. } => Self::SharedAnswer,
        }
    }
}

/// Why a mentee got no proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WaitingReason {
    /// No mentor with a free place passes the hard rules; `rule` removed most of them.
    NoAllowedMentor {
        rule: Option<Rule>,
        /// The mentee's best language, to say "no mentor who speaks Tigrinya".
        language: Option<String>,
        max_km: Option<u16>,
    },
    /// Allowed mentors exist, but their places went to pairs that served the objective better.
    MentorsTakenByBetterPairs { allowed: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub mentee: PersonId,
    pub mentor: PersonId,
    pub score: i32,
    pub reasons: Vec<Reason>,
    pub pinned: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Waiting {
    pub mentee: PersonId,
    pub reason: WaitingReason,
}

/// The result of one matching run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub proposals: Vec<Proposal>,
    pub waiting: Vec<Waiting>,
    pub total_score: i64,
    /// Mentees considered and mentor places offered.
    pub mentees: u32,
    pub places: u32,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MatchingError {
    #[error("no mentee is waiting")]
    NoWaitingMentees,
    #[error("no mentor has a free place")]
    NoFreePlaces,
    #[error("the pin names someone who is not waiting or has no free place")]
    UnknownPerson,
    #[error("the pin breaks the rule {}", rule.as_str())]
    PinBreaksRule { rule: Rule },
    #[error("{0}")]
    Problem(#[from] ProblemError),
}

/// What a run is asked to do.
pub struct Request<'a> {
    pub criteria: &'a Criteria,
    pub objective: Objective,
    /// Waiting mentees.
    pub mentees: &'a [Person],
    /// Mentors with their free places (at least one).
    pub mentors: &'a [(Person, u32)],
    /// Pairs declined before: never proposed again.
    pub declined: &'a [(PersonId, PersonId)],
    /// (mentee, mentor) pairs that must be in the result / must not be.
    pub pins: &'a [(PersonId, PersonId)],
    pub forbids: &'a [(PersonId, PersonId)],
    /// Minors among the mentees and the mentors' certificates: pairs failing the §72a gate are
    /// never proposed.
    pub safeguarding: &'a Safeguarding,
    /// Everyone's intake answers, for the criteria's [`AnswerCriterion`]s.
    pub answers: &'a IntakeAnswers,
    pub today: time::Date,
}

/// Evaluates every pair, solves, and explains the result.
pub fn propose(request: &Request<'_>) -> Result<Outcome, MatchingError> {
    if request.mentees.is_empty() {
        return Err(MatchingError::NoWaitingMentees);
    }
    if request.mentors.iter().all(|(_, places)| *places == 0) {
        return Err(MatchingError::NoFreePlaces);
    }
    let mut codes = Codes::new(request.criteria, request.answers);
    let mentee_attributes: Vec<Attributes> = request
        .mentees
        .iter()
        .map(|person| attributes(person, request.today, &mut codes))
        .collect();
    let mentor_attributes: Vec<Attributes> = request
        .mentors
        .iter()
        .map(|(person, _)| attributes(person, request.today, &mut codes))
        .collect();
    let mentee_index: HashMap<&PersonId, u32> = index(request.mentees.iter());
    let mentor_index: HashMap<&PersonId, u32> = index(request.mentors.iter().map(|(p, _)| p));
    let declined: std::collections::HashSet<(&PersonId, &PersonId)> =
        request.declined.iter().map(|(a, b)| (a, b)).collect();
    let (rules, weights) = (request.criteria.rules(), request.criteria.weights());

    let mut pairs = Vec::new();
    let mut explained: HashMap<(u32, u32), Vec<(Part, i32)>> = HashMap::new();
    let mut refusals: Vec<BTreeMap<Rule, u32>> = vec![BTreeMap::new(); request.mentees.len()];
    for (i, mentee) in mentee_attributes.iter().enumerate() {
        for (j, mentor) in mentor_attributes.iter().enumerate() {
            let ids = (&request.mentees[i].id, &request.mentors[j].0.id);
            if declined.contains(&ids) {
                *refusals[i].entry(Rule::DeclinedBefore).or_default() += 1;
                continue;
            }
            if request.safeguarding.missing_trainings.contains(ids.1) {
                *refusals[i].entry(Rule::RequiredTrainings).or_default() += 1;
                continue;
            }
            if request
                .safeguarding
                .check(ids.0, ids.1, request.today)
                .is_err()
            {
                *refusals[i].entry(Rule::CertificateOfConduct).or_default() += 1;
                continue;
            }
            match criteria::evaluate(&rules, &weights, mentee, mentor) {
                Ok(score) => {
                    pairs.push(Pair {
                        mentee: i as u32,
                        mentor: j as u32,
                        score: score.total.max(0),
                        mentor_score: score.total.max(0),
                    });
                    explained.insert((i as u32, j as u32), score.parts);
                }
                Err(rejection) => *refusals[i].entry(Rule::of(rejection)).or_default() += 1,
            }
        }
    }
    let resolve = |list: &[(PersonId, PersonId)]| -> Result<Vec<(u32, u32)>, MatchingError> {
        list.iter()
            .map(|(mentee, mentor)| {
                Ok((
                    *mentee_index
                        .get(mentee)
                        .ok_or(MatchingError::UnknownPerson)?,
                    *mentor_index
                        .get(mentor)
                        .ok_or(MatchingError::UnknownPerson)?,
                ))
            })
            .collect()
    };
    let pins = resolve(request.pins)?;
    let forbids = resolve(request.forbids)?;
    for &(i, j) in &pins {
        if !explained.contains_key(&(i, j)) {
            let ids = (
                &request.mentees[i as usize].id,
                &request.mentors[j as usize].0.id,
            );
            let rule = if declined.contains(&ids) {
                Rule::DeclinedBefore
            } else if request.safeguarding.missing_trainings.contains(ids.1) {
                Rule::RequiredTrainings
            } else if request
                .safeguarding
                .check(ids.0, ids.1, request.today)
                .is_err()
            {
                Rule::CertificateOfConduct
            } else {
                criteria::evaluate(
                    &rules,
                    &weights,
                    &mentee_attributes[i as usize],
                    &mentor_attributes[j as usize],
                )
                .err()
                .map_or(Rule::SharedLanguage, Rule::of)
            };
            return Err(MatchingError::PinBreaksRule { rule });
        }
    }
    let capacity: Vec<i64> = request
        .mentors
        .iter()
        .map(|(_, places)| i64::from(*places))
        .collect();
    let problem = Problem::new(&capacity, request.mentees.len(), &pairs, &pins, &forbids)?;
    let solution = tandem_match::solve(&problem, request.objective);

    let mut proposals = Vec::new();
    let mut waiting = Vec::new();
    for (i, mentor) in solution.assignment.iter().enumerate() {
        let mentee = &request.mentees[i];
        match mentor {
            Some(j) => {
                let parts = explained.get(&(i as u32, *j)).cloned().unwrap_or_default();
                proposals.push(Proposal {
                    mentee: mentee.id.clone(),
                    mentor: request.mentors[*j as usize].0.id.clone(),
                    score: parts.iter().map(|p| p.1).sum(),
                    reasons: parts
                        .iter()
                        .map(|(part, _)| {
                            reason(*part, mentee, &request.mentors[*j as usize].0, &codes)
                        })
                        .collect(),
                    pinned: pins.contains(&(i as u32, *j)),
                });
            }
            None => {
                let allowed = explained.keys().filter(|(m, _)| *m == i as u32).count() as u32;
                let reason = if allowed > 0 {
                    WaitingReason::MentorsTakenByBetterPairs { allowed }
                } else {
                    let rule = refusals[i]
                        .iter()
                        .max_by_key(|&(rule, count)| (*count, std::cmp::Reverse(*rule)))
                        .map(|(rule, _)| *rule);
                    WaitingReason::NoAllowedMentor {
                        rule,
                        language: mentee
                            .profile
                            .languages
                            .iter()
                            .filter(|l| l.language.as_str() != "de")
                            .max_by_key(|l| l.level)
                            .map(|l| l.language.as_str().to_owned()),
                        max_km: request.criteria.max_km,
                    }
                };
                waiting.push(Waiting {
                    mentee: mentee.id.clone(),
                    reason,
                });
            }
        }
    }
    Ok(Outcome {
        total_score: proposals.iter().map(|p| i64::from(p.score)).sum(),
        proposals,
        waiting,
        mentees: request.mentees.len() as u32,
        places: request.mentors.iter().map(|(_, places)| places).sum(),
    })
}

/// Scores one pair by the criteria, for changes by hand (a swap): its score and reasons, or the
/// rule it breaks.
pub fn evaluate_pair(
    criteria: &Criteria,
    mentee: &Person,
    mentor: &Person,
    answers: &IntakeAnswers,
    today: time::Date,
) -> Result<(i32, Vec<Reason>), Rule> {
    let mut codes = Codes::new(criteria, answers);
    let mentee_attributes = attributes(mentee, today, &mut codes);
    let mentor_attributes = attributes(mentor, today, &mut codes);
    let score = criteria::evaluate(
        &criteria.rules(),
        &criteria.weights(),
        &mentee_attributes,
        &mentor_attributes,
    )
    .map_err(Rule::of)?;
    Ok((
        score.total.max(0),
        score
            .parts
            .iter()
            .map(|(part, _)| reason(*part, mentee, mentor, &codes))
            .collect(),
    ))
}

fn index<'a>(people: impl Iterator<Item = &'a Person>) -> HashMap<&'a PersonId, u32> {
    people
        .enumerate()
        .map(|(at, person)| (&person.id, at as u32))
        .collect()
}

/// Interest tags as small ids, shared by both sides.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, tag: &str) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(tag.to_lowercase()).or_insert(next)
    }
}

/// What turns people into engine attributes beyond their profile: interest ids, and per answer
/// criterion the options as bits (the first 64 distinct options of a question; a programme's
/// choice questions have far fewer).
struct Codes<'a> {
    interests: Interner,
    criteria: &'a [AnswerCriterion],
    answers: &'a IntakeAnswers,
    options: Vec<Interner>,
}

impl<'a> Codes<'a> {
    fn new(criteria: &'a Criteria, answers: &'a IntakeAnswers) -> Self {
        Self {
            interests: Interner::default(),
            criteria: &criteria.answers,
            answers,
            options: criteria
                .answers
                .iter()
                .map(|_| Interner::default())
                .collect(),
        }
    }

    /// The options a person chose for the question of criterion `at`.
    fn chosen(&self, person: &PersonId, at: usize) -> Vec<&'a str> {
        let Some(criterion) = self.criteria.get(at) else {
            return Vec::new();
        };
        self.answers
            .get(person)
            .and_then(|answers| answers.iter().find(|(q, _)| *q == criterion.question))
            .map(|(_, answer)| answer.split(',').filter(|o| !o.is_empty()).collect())
            .unwrap_or_default()
    }

    fn answer_bits(&mut self, person: &PersonId) -> Vec<u64> {
        (0..self.criteria.len())
            .map(|at| {
                self.chosen(person, at)
                    .into_iter()
                    .map(|option| 1u64.checked_shl(self.options[at].id(option)).unwrap_or(0))
                    .fold(0, |bits, bit| bits | bit)
            })
            .collect()
    }
}

const fn level_index(level: LanguageLevel) -> u8 {
    match level {
        LanguageLevel::A1 => 0,
        LanguageLevel::A2 => 1,
        LanguageLevel::B1 => 2,
        LanguageLevel::B2 => 3,
        LanguageLevel::C1 => 4,
        LanguageLevel::C2 => 5,
        LanguageLevel::Native => 6,
    }
}

fn attributes(person: &Person, today: time::Date, codes: &mut Codes<'_>) -> Attributes {
    let profile = &person.profile;
    let gender = match profile.gender {
        Gender::NotStated => 0,
        Gender::Female => 1,
        Gender::Male => 2,
        Gender::Diverse => 3,
    };
    let wants = match profile.gender_preference {
        GenderPreference::Any => GenderWish::Any,
        GenderPreference::SameGender => GenderWish::SameGender,
        GenderPreference::Female => GenderWish::Only(1),
        GenderPreference::Male => GenderWish::Only(2),
    };
    let mut interest_ids: Vec<u32> = profile
        .interests
        .iter()
        .map(|t| codes.interests.id(t))
        .collect();
    interest_ids.sort_unstable();
    interest_ids.dedup();
    Attributes {
        languages: profile
            .languages
            .iter()
            .filter_map(|spoken| {
                let code = KNOWN_LANGUAGES
                    .iter()
                    .position(|known| *known == spoken.language.as_str())?;
                Some((code as u16, level_index(spoken.level)))
            })
            .collect(),
        location: gazetteer::lookup(&profile.postal_code)
            .map(|place| (place.latitude, place.longitude)),
        availability: profile.availability.bits(),
        gender,
        wants,
        age: Some(profile.birth_year.age_in(today.year())),
        interests: interest_ids,
        waiting_days: u32::try_from((today - person.registered_at.date()).whole_days())
            .unwrap_or(0),
        answers: codes.answer_bits(&person.id),
    }
}

fn reason(part: Part, mentee: &Person, mentor: &Person, codes: &Codes<'_>) -> Reason {
    match part {
        Part::SharedLanguage { language, level } => Reason::SharedLanguage {
            language: KNOWN_LANGUAGES
                .get(usize::from(language))
                .copied()
                .unwrap_or("?")
                .to_owned(),
            level: LanguageLevel::ALL
                .get(usize::from(level))
                .map_or("?", |level| level.as_str())
                .to_owned(),
        },
        Part::Distance { km } => Reason::Distance {
            km: km.round() as u32,
        },
        Part::SharedInterests { .. } => Reason::SharedInterests {
            interests: mentee
                .profile
                .interests
                .iter()
                .filter(|tag| {
                    mentor
                        .profile
                        .interests
                        .iter()
                        .any(|theirs| theirs.eq_ignore_ascii_case(tag))
                })
                .cloned()
                .collect(),
        },
        Part::CommonTime { slots } => Reason::CommonTime { slots },
        Part::Waited { days } => Reason::Waited { days },
        Part::SharedAnswer { question, .. } => {
            let theirs = codes.chosen(&mentor.id, question);
            Reason::SharedAnswer {
                question: codes
                    .criteria
                    .get(question)
                    .map_or_else(String::new, |c| c.question.clone()),
                answers: codes
                    .chosen(&mentee.id, question)
                    .into_iter()
                    .filter(|option| theirs.contains(option))
                    .map(str::to_owned)
                    .collect(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::ProgrammeDetails;

    #[test]
    fn the_criteria_form_round_trips_and_reports_every_bad_field() {
        let details =
            ProgrammeDetails::parse("Balu", "learning", "", "30159", "de", "12", "1", true)
                .unwrap();
        let defaults = Criteria::defaults_for(&details);
        let form = CriteriaForm::from_criteria(&defaults);
        assert_eq!(form.parse(&[]).unwrap(), defaults);
        let bad = CriteriaForm {
            max_km: "0".into(),
            mentee_age_low: "12".into(),
            mentee_age_high: "6".into(),
            weight_waiting: "lots".into(),
            ..form.clone()
        };
        let errors = bad.parse(&[]).unwrap_err();
        let fields: Vec<&str> = errors
            .iter()
            .map(|e| match e {
                DomainError::Invalid { field, .. } => *field,
                _ => "",
            })
            .collect();
        assert_eq!(fields, vec!["max_km", "mentee_age", "weight_waiting"]);
        let heavy = CriteriaForm {
            weight_language: "900".into(),
            ..form
        };
        assert!(
            heavy.parse(&[]).is_err(),
            "weights above 1000 in total are refused"
        );
    }

    #[test]
    fn only_choice_questions_asked_of_both_sides_become_criteria() {
        use crate::programme_rules::{QuestionChoice, Template};
        let details =
            ProgrammeDetails::parse("Jobs", "career", "", "30159", "de", "12", "1", true).unwrap();
        let mut questions = Template::Career.rules().questions;
        let sectors = Question {
            id: "c1".into(),
            kind: QuestionKind::MultipleChoice,
            side: None,
            choices: ["care", "it"]
                .map(|id| QuestionChoice {
                    id: id.into(),
                    text: BTreeMap::from([("de".to_owned(), id.to_owned())]),
                })
                .to_vec(),
            ..questions[0].clone()
        };
        questions.push(sectors);
        let mut form = CriteriaForm::from_criteria(&Criteria::defaults_for(&details));
        form.weight_language = "200".into();
        form.weight_answers = "100".into();
        form.answers.insert("c1".into(), "must_share".into());
        let criteria = form.parse(&questions).unwrap();
        assert_eq!(
            criteria.answers,
            vec![AnswerCriterion {
                question: "c1".into(),
                rule: AnswerRule::MustShare
            }]
        );
        assert_eq!(CriteriaForm::from_criteria(&criteria), form);
        // A mentee-only question and free text cannot be compared between the sides.
        for refused in ["career_goal", "profession"] {
            let mut bad = form.clone();
            bad.answers.insert(refused.into(), "prefer".into());
            assert_eq!(
                bad.parse(&questions).unwrap_err(),
                vec![DomainError::invalid("answers", "choice")]
            );
        }
    }
}
