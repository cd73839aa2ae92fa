//! Building blocks that turn two people into "allowed or not, and how good": hard rules that remove
//! a pair with a named reason, and weighted soft scores whose parts explain the proposal in words
//! ("both speak Arabic · 4 km apart · both like football · waited 71 days").
//!
//! Attributes are plain, typed values; the product maps its people onto them.

/// What the engine knows about one person for matching.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attributes {
    /// Language code index and level (0 = A1 … 5 = C2, 6 = native).
    pub languages: Vec<(u16, u8)>,
    /// Latitude and longitude in degrees, if known.
    pub location: Option<(f64, f64)>,
    /// Weekday × slot bitset.
    pub availability: u32,
    /// 0 = not stated, 1 = female, 2 = male, 3 = diverse.
    pub gender: u8,
    pub wants: GenderWish,
    pub age: Option<i32>,
    /// Interest ids, sorted.
    pub interests: Vec<u32>,
    pub waiting_days: u32,
    /// Answers to the intake questions used as criteria, in the order of [`Rules::answers`]: bit
    /// `i` set when option `i` was chosen; 0 when the question was not answered.
    pub answers: Vec<u64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum GenderWish {
    #[default]
    Any,
    SameGender,
    Only(u8),
}

/// Hard rules of a programme.
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    /// Both must speak one language at least at this level.
    pub min_shared_level: u8,
    /// `None`: distance does not matter (online programme).
    pub max_km: Option<f64>,
    pub need_common_time: bool,
    pub mentee_age: Option<(i32, i32)>,
    pub mentor_age: Option<(i32, i32)>,
    /// How each intake question used as a criterion counts, in the order of
    /// [`Attributes::answers`].
    pub answers: Vec<AnswerRule>,
}

/// How the answers of both sides to one (multiple) choice question count. A side that did not
/// answer is neither refused nor rewarded: the rule cannot judge it (people who registered before
/// the question existed would otherwise be shut out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerRule {
    /// A hard rule: both chose at least one common option.
    MustShare,
    /// A soft part: the more options in common, the more points.
    Prefer,
}

/// Weights of the soft parts (points at full strength).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub language: f64,
    pub distance: f64,
    pub interests: f64,
    pub common_time: f64,
    pub waiting: f64,
    /// Shared among the questions marked [`AnswerRule::Prefer`].
    pub answers: f64,
}

/// Why a pair was removed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rejection {
    NoSharedLanguage,
    TooFar {
        km: f64,
    },
    NoCommonTime,
    GenderWish,
    MenteeAge,
    MentorAge,
    /// No common option for the question at this position of [`Rules::answers`].
    NoSharedAnswer {
        question: usize,
    },
}

/// One explained part of a score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    SharedLanguage {
        language: u16,
        level: u8,
    },
    Distance {
        km: f64,
    },
    SharedInterests {
        count: usize,
    },
    CommonTime {
        slots: u32,
    },
    Waited {
        days: u32,
    },
    /// Common options for the question at this position of [`Rules::answers`] (bitset).
    SharedAnswer {
        question: usize,
        options: u64,
    },
}

/// A score and the parts it is made of (points per part).
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub total: i32,
    pub parts: Vec<(Part, i32)>,
}

/// Great-circle distance in km.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((b.1 - a.1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn wish_allows(wish: GenderWish, own: u8, other: u8) -> bool {
    match wish {
        GenderWish::Any => true,
        GenderWish::SameGender => own != 0 && own == other,
        GenderWish::Only(gender) => other == gender,
    }
}

fn within(age: Option<i32>, limits: Option<(i32, i32)>) -> bool {
    match (age, limits) {
        (_, None) => true,
        (Some(age), Some((low, high))) => (low..=high).contains(&age),
        (None, Some(_)) => false,
    }
}

/// Applies the hard rules, then the weighted soft parts.
pub fn evaluate(
    rules: &Rules,
    weights: &Weights,
    mentee: &Attributes,
    mentor: &Attributes,
) -> Result<Score, Rejection> {
    let shared = mentee
        .languages
        .iter()
        .filter_map(|&(language, level)| {
            let theirs = mentor.languages.iter().find(|(l, _)| *l == language)?.1;
            let common = level.min(theirs);
            (common >= rules.min_shared_level).then_some((language, common))
        })
        .max_by_key(|&(language, level)| (level, std::cmp::Reverse(language)));
    let (language, level) = shared.ok_or(Rejection::NoSharedLanguage)?;
    let km = match (mentee.location, mentor.location) {
        (Some(a), Some(b)) => Some(haversine_km(a, b)),
        _ => None,
    };
    if let (Some(max), Some(km)) = (rules.max_km, km)
        && km > max
    {
        return Err(Rejection::TooFar { km });
    }
    let common_slots = (mentee.availability & mentor.availability).count_ones();
    if rules.need_common_time && common_slots == 0 {
        return Err(Rejection::NoCommonTime);
    }
    if !wish_allows(mentee.wants, mentee.gender, mentor.gender)
        || !wish_allows(mentor.wants, mentor.gender, mentee.gender)
    {
        return Err(Rejection::GenderWish);
    }
    if !within(mentee.age, rules.mentee_age) {
        return Err(Rejection::MenteeAge);
    }
    if !within(mentor.age, rules.mentor_age) {
        return Err(Rejection::MentorAge);
    }
    let mut shared_answers = Vec::new();
    let preferred = rules
        .answers
        .iter()
        .filter(|rule| **rule == AnswerRule::Prefer)
        .count();
    for (question, rule) in rules.answers.iter().enumerate() {
        let mine = mentee.answers.get(question).copied().unwrap_or(0);
        let theirs = mentor.answers.get(question).copied().unwrap_or(0);
        if mine == 0 || theirs == 0 {
            continue;
        }
        let common = mine & theirs;
        if common == 0 {
            if *rule == AnswerRule::MustShare {
                return Err(Rejection::NoSharedAnswer { question });
            }
            continue;
        }
        // A hard rule met explains the proposal without points; a preference earns its share of
        // the weight by overlap (Jaccard), like interests.
        let points = match rule {
            AnswerRule::MustShare => 0.0,
            AnswerRule::Prefer => {
                weights.answers / preferred.max(1) as f64 * f64::from(common.count_ones())
                    / f64::from((mine | theirs).count_ones())
            }
        };
        shared_answers.push((
            Part::SharedAnswer {
                question,
                options: common,
            },
            points,
        ));
    }
    let mut parts = vec![(
        Part::SharedLanguage { language, level },
        weights.language * f64::from(level) / 6.0,
    )];
    if let Some(km) = km {
        let reach = rules.max_km.unwrap_or(50.0).max(1.0);
        parts.push((
            Part::Distance { km },
            weights.distance * (1.0 - (km / reach).min(1.0)),
        ));
    }
    let shared_interests = mentee
        .interests
        .iter()
        .filter(|i| mentor.interests.binary_search(i).is_ok())
        .count();
    if shared_interests > 0 {
        let union = mentee.interests.len() + mentor.interests.len() - shared_interests;
        parts.push((
            Part::SharedInterests {
                count: shared_interests,
            },
            weights.interests * shared_interests as f64 / union.max(1) as f64,
        ));
    }
    parts.extend(shared_answers);
    if common_slots > 0 {
        parts.push((
            Part::CommonTime {
                slots: common_slots,
            },
            weights.common_time * (f64::from(common_slots) / 4.0).min(1.0),
        ));
    }
    if mentee.waiting_days > 0 {
        parts.push((
            Part::Waited {
                days: mentee.waiting_days,
            },
            weights.waiting * (f64::from(mentee.waiting_days) / 180.0).min(1.0),
        ));
    }
    let parts: Vec<(Part, i32)> = parts
        .into_iter()
        .map(|(part, points)| (part, points.round() as i32))
        .collect();
    Ok(Score {
        total: parts.iter().map(|p| p.1).sum(),
        parts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(languages: Vec<(u16, u8)>, location: (f64, f64)) -> Attributes {
        Attributes {
            languages,
            location: Some(location),
            availability: 0b101,
            interests: vec![1, 2],
            ..Attributes::default()
        }
    }

    #[test]
    fn rules_remove_pairs_with_a_reason_and_scores_explain_themselves() {
        let rules = Rules {
            min_shared_level: 2,
            max_km: Some(15.0),
            need_common_time: true,
            mentee_age: None,
            mentor_age: None,
            answers: Vec::new(),
        };
        let weights = Weights {
            language: 300.0,
            distance: 300.0,
            interests: 200.0,
            common_time: 100.0,
            waiting: 100.0,
            answers: 0.0,
        };
        let hannover = (52.3736, 9.7371);
        let mentee = Attributes {
            waiting_days: 71,
            ..person(vec![(3, 6), (1, 1)], hannover)
        };
        let near = person(vec![(3, 3), (1, 6)], (52.40, 9.75));
        let score = evaluate(&rules, &weights, &mentee, &near).unwrap();
        assert!(score.parts.iter().any(|(p, _)| matches!(
            p,
            Part::SharedLanguage {
                language: 3,
                level: 3
            }
        )));
        assert!(
            score
                .parts
                .iter()
                .any(|(p, _)| matches!(p, Part::Waited { days: 71 }))
        );
        assert_eq!(score.total, score.parts.iter().map(|p| p.1).sum::<i32>());
        let osnabrueck = person(vec![(3, 6)], (52.27, 8.05));
        assert!(matches!(
            evaluate(&rules, &weights, &mentee, &osnabrueck),
            Err(Rejection::TooFar { .. })
        ));
        let only_german = person(vec![(1, 6)], hannover);
        assert_eq!(
            evaluate(&rules, &weights, &mentee, &only_german),
            Err(Rejection::NoSharedLanguage)
        );
    }

    #[test]
    fn answers_must_be_shared_or_earn_points_when_preferred() {
        let rules = Rules {
            min_shared_level: 0,
            max_km: None,
            need_common_time: false,
            mentee_age: None,
            mentor_age: None,
            answers: vec![AnswerRule::MustShare, AnswerRule::Prefer],
        };
        let weights = Weights {
            language: 0.0,
            distance: 0.0,
            interests: 0.0,
            common_time: 0.0,
            waiting: 0.0,
            answers: 100.0,
        };
        let with = |answers: Vec<u64>| Attributes {
            languages: vec![(1, 6)],
            answers,
            ..Attributes::default()
        };
        // Options {0, 1} and {1}: the hard rule holds; the preference {0, 2} vs {2} earns 1/2.
        let score = evaluate(
            &rules,
            &weights,
            &with(vec![0b011, 0b101]),
            &with(vec![0b010, 0b100]),
        )
        .unwrap();
        assert!(score.parts.contains(&(
            Part::SharedAnswer {
                question: 0,
                options: 0b010
            },
            0
        )));
        assert!(score.parts.contains(&(
            Part::SharedAnswer {
                question: 1,
                options: 0b100
            },
            50
        )));
        assert_eq!(
            evaluate(
                &rules,
                &weights,
                &with(vec![0b001, 0]),
                &with(vec![0b010, 0])
            ),
            Err(Rejection::NoSharedAnswer { question: 0 })
        );
        // Unanswered on one side: no refusal, no points.
        let unanswered = evaluate(
            &rules,
            &weights,
            &with(vec![0, 0b1]),
            &with(vec![0b010, 0b10]),
        )
        .unwrap();
        assert_eq!(unanswered.total, 0);
    }
}
