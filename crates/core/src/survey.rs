//! Start and end surveys: what a programme asks its participants when a tandem starts and when
//! it ends, so that the dashboard can show before and after.
//!
//! Every survey has the *standard questions* of the programme's template — self-rated German,
//! local contacts, sense of belonging, confidence about work or school — asked of the mentee, as
//! numbers that can be averaged, plus the programme's own questions (intake-style
//! [`Question`]s marked `survey`), asked of the side they name. Answering again replaces the
//! earlier answers of that survey. Averages are shown inside the organisation; nothing here
//! leaves it.

use crate::{
    DomainError,
    person::Side,
    programme_rules::{AnswerErrors, Answers, ProgrammeRules, Question, Template},
};

/// A survey is sent when a tandem starts, or when it ends; not to tandems that started or ended
/// longer ago than this (a programme that starts using surveys does not mail old tandems).
pub const SURVEY_WINDOW_DAYS: i64 = 30;

/// Which of the two surveys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SurveyKind {
    Start,
    End,
}

impl SurveyKind {
    pub const ALL: [Self; 2] = [Self::Start, Self::End];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::End => "end",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == raw.trim())
            .ok_or(DomainError::invalid("survey", "choice"))
    }
}

/// A question every programme of a template asks, answered with a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StandardQuestion {
    /// Self-rated German, 1 (hardly any) to 5 (fluent).
    German,
    /// How many people in the new home town the mentee can turn to, 0 to 100.
    LocalContacts,
    /// "I feel I belong here", 1 to 5.
    Belonging,
    /// Confidence about work or school, 1 to 5.
    Confidence,
}

impl StandardQuestion {
    pub const ALL: [Self; 4] = [
        Self::German,
        Self::LocalContacts,
        Self::Belonging,
        Self::Confidence,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::German => "german",
            Self::LocalContacts => "local_contacts",
            Self::Belonging => "belonging",
            Self::Confidence => "confidence",
        }
    }
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|question| question.as_str() == raw.trim())
            .ok_or(DomainError::invalid("question", "choice"))
    }
    /// The smallest and largest answer.
    pub const fn range(self) -> (u16, u16) {
        match self {
            Self::LocalContacts => (0, 100),
            _ => (1, 5),
        }
    }
    /// A scale from 1 to 5 (shown as five choices) rather than a count.
    pub const fn is_scale(self) -> bool {
        !matches!(self, Self::LocalContacts)
    }
    /// The form field that carries the answer.
    pub fn field(self) -> String {
        format!("s_{}", self.as_str())
    }

    /// The standard questions of a template: German and belonging everywhere, local contacts
    /// where adults settle in (buddy, career), confidence where school or work is the goal.
    pub fn for_template(template: Option<Template>) -> Vec<Self> {
        match template {
            Some(Template::Buddy) => vec![Self::German, Self::LocalContacts, Self::Belonging],
            Some(Template::LearningChildren | Template::LearningPupils) => {
                vec![Self::German, Self::Belonging, Self::Confidence]
            }
            Some(Template::Career) => vec![
                Self::German,
                Self::LocalContacts,
                Self::Belonging,
                Self::Confidence,
            ],
            None => Self::ALL.to_vec(),
        }
    }

    /// An answer as typed: empty is no answer (every question may be skipped); otherwise a
    /// whole number in [`StandardQuestion::range`].
    pub fn parse_answer(self, raw: &str) -> Result<Option<u16>, &'static str> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        let (low, high) = self.range();
        let value: u16 = raw.parse().map_err(|_| "number")?;
        if value < low || value > high {
            return Err(if self.is_scale() {
                "range-1-5"
            } else {
                "range-0-100"
            });
        }
        Ok(Some(value))
    }
}

/// The questions of one side's survey.
pub struct SurveyQuestions<'a> {
    pub standard: Vec<StandardQuestion>,
    pub own: Vec<&'a Question>,
}

impl SurveyQuestions<'_> {
    pub fn is_empty(&self) -> bool {
        self.standard.is_empty() && self.own.is_empty()
    }
}

/// What one side is asked: the standard questions go to the mentee, the programme's own
/// survey questions to the side they name.
pub fn questions_for(rules: &ProgrammeRules, side: Side) -> SurveyQuestions<'_> {
    SurveyQuestions {
        standard: match side {
            Side::Mentee => StandardQuestion::for_template(rules.template),
            Side::Mentor => Vec::new(),
        },
        own: rules.survey_questions_for(side).collect(),
    }
}

/// One side's answers to a survey.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SurveyAnswers {
    pub standard: Vec<(StandardQuestion, u16)>,
    /// (own question id, stored answer), as for intake questions.
    pub own: Answers,
}

/// Parses a submitted survey: the answers, or every (form field, error code) at once.
pub fn parse_survey(
    rules: &ProgrammeRules,
    side: Side,
    values: impl Fn(&str) -> Vec<String>,
) -> Result<SurveyAnswers, AnswerErrors> {
    let questions = questions_for(rules, side);
    let mut answers = SurveyAnswers::default();
    let mut errors = Vec::new();
    for question in questions.standard {
        let raw = values(&question.field()).join("");
        match question.parse_answer(&raw) {
            Ok(Some(value)) => answers.standard.push((question, value)),
            Ok(None) => {}
            Err(code) => errors.push((question.field(), code)),
        }
    }
    for question in questions.own {
        match question.parse_answer(&values(&question.field())) {
            Ok(Some(answer)) => answers.own.push((question.id.clone(), answer)),
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

/// The answers to one standard question in one survey: how many, and their sum.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AnswerSum {
    pub count: u64,
    pub sum: u64,
}

impl AnswerSum {
    pub fn mean(self) -> Option<f64> {
        (self.count > 0).then(|| self.sum as f64 / self.count as f64)
    }
}

/// Before and after for one standard question: the start survey's answers and the end
/// survey's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BeforeAfter {
    pub question: StandardQuestion,
    pub start: AnswerSum,
    pub end: AnswerSum,
}

/// Before/after per standard question from (survey, question, count, sum) lines, in the
/// order of [`StandardQuestion::ALL`]; questions nobody answered are left out.
pub fn before_after(lines: &[(SurveyKind, StandardQuestion, AnswerSum)]) -> Vec<BeforeAfter> {
    StandardQuestion::ALL
        .into_iter()
        .map(|question| {
            let total = |kind: SurveyKind| {
                lines
                    .iter()
                    .filter(|(k, q, _)| *k == kind && *q == question)
                    .fold(AnswerSum::default(), |acc, (_, _, sum)| AnswerSum {
                        count: acc.count + sum.count,
                        sum: acc.sum + sum.sum,
                    })
            };
            BeforeAfter {
                question,
                start: total(SurveyKind::Start),
                end: total(SurveyKind::End),
            }
        })
        .filter(|line| line.start.count + line.end.count > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme_rules::QuestionKind;
    use std::collections::BTreeMap;

    fn own_question(side: Option<Side>) -> Question {
        Question {
            id: "c1".into(),
            kind: QuestionKind::Text,
            side,
            text: BTreeMap::from([("de".into(), "Was hat sich verändert?".into())]),
            choices: Vec::new(),
            required: false,
            survey: true,
        }
    }

    #[test]
    fn templates_ask_their_standard_questions_of_the_mentee_only() {
        let rules = ProgrammeRules {
            template: Some(Template::Buddy),
            ..ProgrammeRules::default()
        };
        let mentee = questions_for(&rules, Side::Mentee);
        assert_eq!(
            mentee.standard,
            vec![
                StandardQuestion::German,
                StandardQuestion::LocalContacts,
                StandardQuestion::Belonging
            ]
        );
        assert!(questions_for(&rules, Side::Mentor).is_empty());
        let career = StandardQuestion::for_template(Some(Template::Career));
        assert!(career.contains(&StandardQuestion::Confidence));
        assert_eq!(StandardQuestion::for_template(None).len(), 4);
    }

    #[test]
    fn own_survey_questions_reach_the_side_they_name_and_not_the_intake_form() {
        let mut rules = ProgrammeRules::default();
        rules.questions.push(own_question(Some(Side::Mentor)));
        let mentor = questions_for(&rules, Side::Mentor);
        assert_eq!(mentor.own.len(), 1);
        assert!(mentor.standard.is_empty());
        assert_eq!(
            rules.questions_for(Side::Mentor).count(),
            0,
            "not asked at registration"
        );
        let mentee = questions_for(&rules, Side::Mentee);
        assert!(mentee.own.is_empty());
    }

    #[test]
    fn answers_parse_within_their_range_and_every_error_is_reported() {
        let mut rules = ProgrammeRules {
            template: Some(Template::Career),
            ..ProgrammeRules::default()
        };
        rules.questions.push(own_question(None));
        let form = |pairs: &'static [(&'static str, &'static str)]| {
            move |field: &str| {
                pairs
                    .iter()
                    .filter(|(name, _)| *name == field)
                    .map(|(_, value)| (*value).to_owned())
                    .collect::<Vec<_>>()
            }
        };
        let answers = parse_survey(
            &rules,
            Side::Mentee,
            form(&[
                ("s_german", "2"),
                ("s_local_contacts", "12"),
                ("q_c1", "viel"),
            ]),
        )
        .unwrap();
        assert_eq!(
            answers.standard,
            vec![
                (StandardQuestion::German, 2),
                (StandardQuestion::LocalContacts, 12)
            ]
        );
        assert_eq!(answers.own, vec![("c1".to_owned(), "viel".to_owned())]);
        let errors = parse_survey(
            &rules,
            Side::Mentee,
            form(&[
                ("s_german", "6"),
                ("s_local_contacts", "-1"),
                ("s_belonging", "x"),
            ]),
        )
        .unwrap_err();
        assert_eq!(
            errors,
            vec![
                ("s_german".to_owned(), "range-1-5"),
                ("s_local_contacts".to_owned(), "number"),
                ("s_belonging".to_owned(), "number"),
            ]
        );
        assert_eq!(
            StandardQuestion::LocalContacts.parse_answer("101"),
            Err("range-0-100")
        );
        assert_eq!(StandardQuestion::German.parse_answer(" "), Ok(None));
    }

    #[test]
    fn before_and_after_add_up_per_question_and_leave_out_unanswered_ones() {
        let sum = |count, sum| AnswerSum { count, sum };
        let lines = [
            (SurveyKind::Start, StandardQuestion::German, sum(4, 8)),
            (SurveyKind::Start, StandardQuestion::German, sum(2, 4)),
            (SurveyKind::End, StandardQuestion::German, sum(5, 17)),
            (SurveyKind::End, StandardQuestion::Belonging, sum(1, 4)),
        ];
        let table = before_after(&lines);
        assert_eq!(table.len(), 2);
        assert_eq!(table[0].question, StandardQuestion::German);
        assert_eq!(table[0].start, sum(6, 12));
        assert_eq!(table[0].start.mean(), Some(2.0));
        assert_eq!(table[0].end.mean(), Some(3.4));
        assert_eq!(table[1].question, StandardQuestion::Belonging);
        assert_eq!(table[1].start.mean(), None);
    }
}
