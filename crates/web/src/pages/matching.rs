//! Coordinator-led matching: the run form (objective, pins, forbids), the result page with every
//! proposal's reasons in words and every waiting mentee's reason, dropping single proposals,
//! sending them; and the personal proposal links where mentor and mentee accept or decline.

use crate::{
    AppState,
    auth::{new_token, token_hash},
    context::RequestContext,
    error::AppError,
    forms::FormFields,
    i18n::{DEFAULT_LOCALE, Locale, Tr},
    labels,
    templates::{Layout, render},
};
use askama::Template;
use axum::{
    Extension,
    body::Bytes,
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use fluent_templates::fluent_bundle::FluentValue;
use std::collections::HashMap;
use tandem_core::{
    ids::{PersonId, ProgrammeId, ProposalId, RunId},
    matching::{self, Criteria, MatchingError, Objective},
    permissions::Action,
    person::{Person, Side},
    tandem::TandemStatus,
};
use tandem_store::{MatchingPool, NewMail, RunView, StoreError};

fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// How many pin and forbid rows the form offers.
const PAIR_ROWS: usize = 3;

/// A select option: value, label, selected.
type Choice = (String, String, bool);

#[derive(Template)]
#[template(path = "matching.html")]
struct MatchingTemplate {
    layout: Layout,
    programme_id: String,
    waiting: usize,
    places: u32,
    rules: Vec<String>,
    objectives: Vec<(&'static str, String, bool)>,
    pins: Vec<(Vec<Choice>, Vec<Choice>)>,
    forbids: Vec<(Vec<Choice>, Vec<Choice>)>,
    error: Option<String>,
    runs: Vec<RunLine>,
}

struct RunLine {
    id: String,
    created: String,
    objective: String,
    status: String,
    summary: String,
    started_by: String,
}

fn objective_key(objective: Objective) -> &'static str {
    match objective {
        Objective::BestFit => "best",
        Objective::MostMatched => "most",
        Objective::Stable => "stable",
        Objective::Greedy => "greedy",
    }
}

fn objective_label(t: &Tr, stored: &str) -> String {
    t.get(&format!("objective-{}", stored.replace('_', "-")))
}

fn datetime(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|at| {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                at.year(),
                u8::from(at.month()),
                at.day(),
                at.hour(),
                at.minute()
            )
        })
        .unwrap_or_default()
}

/// The criteria in effect: the programme's own, or its kind's defaults.
async fn criteria_for(
    state: &AppState,
    organisation: &tandem_core::ids::OrganisationId,
    programme: &tandem_core::programme::Programme,
) -> Result<Criteria, AppError> {
    Ok(state
        .store
        .matching_criteria(organisation, &programme.id)
        .await?
        .unwrap_or_else(|| Criteria::defaults_for(&programme.details)))
}

fn rules_in_words(t: &Tr, criteria: &Criteria) -> Vec<String> {
    let mut rules = vec![t.arg("rule-language-level", criteria.min_shared_level.as_str())];
    rules.push(match criteria.max_km {
        Some(km) => t.count("rule-distance", u64::from(km)),
        None => t.get("rule-online"),
    });
    if criteria.need_common_time {
        rules.push(t.get("rule-common-time"));
    }
    for (key, limits) in [
        ("rule-mentee-age", criteria.mentee_age),
        ("rule-mentor-age", criteria.mentor_age),
    ] {
        if let Some((low, high)) = limits {
            rules.push(t.with(
                key,
                &[
                    ("low", FluentValue::from(low)),
                    ("high", FluentValue::from(high)),
                ],
            ));
        }
    }
    rules.push(t.get("rule-gender-wish"));
    rules
}

fn person_choices(people: &[&Person], selected: &str, t: &Tr) -> Vec<Choice> {
    std::iter::once((String::new(), t.get("choose"), selected.is_empty()))
        .chain(people.iter().map(|person| {
            let id = person.id.to_string();
            let label = format!(
                "{} {} ({})",
                person.profile.first_name, person.profile.last_name, person.profile.postal_code
            );
            let chosen = id == selected;
            (id, label, chosen)
        }))
        .collect()
}

async fn matching_page_with(
    state: &AppState,
    context: &RequestContext,
    programme_id: &ProgrammeId,
    fields: &FormFields,
    error: Option<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let programme = state.store.programme(&organisation, programme_id).await?;
    let pool = state
        .store
        .matching_pool(&organisation, programme_id)
        .await?;
    let criteria = criteria_for(state, &organisation, &programme).await?;
    let t = &context.tr;
    let chosen = Objective::parse(&fields.get("objective")).unwrap_or(Objective::BestFit);
    let mentees: Vec<&Person> = pool.mentees.iter().collect();
    let mentors: Vec<&Person> = pool.mentors.iter().map(|(person, _)| person).collect();
    let rows = |prefix: &str| {
        (0..PAIR_ROWS)
            .map(|row| {
                (
                    person_choices(&mentees, &fields.get(&format!("{prefix}_mentee_{row}")), t),
                    person_choices(&mentors, &fields.get(&format!("{prefix}_mentor_{row}")), t),
                )
            })
            .collect::<Vec<_>>()
    };
    let runs = state
        .store
        .list_runs(&organisation, programme_id)
        .await?
        .into_iter()
        .map(|run| RunLine {
            created: datetime(run.created_at),
            objective: objective_label(t, &run.objective),
            status: t.get(&format!("run-status-{}", run.status)),
            summary: t.with(
                "run-summary",
                &[
                    ("matched", FluentValue::from(run.matched)),
                    ("mentees", FluentValue::from(run.mentees)),
                    ("score", FluentValue::from(run.total_score)),
                ],
            ),
            started_by: run.started_by,
            id: run.id,
        })
        .collect();
    let page = MatchingTemplate {
        layout: context.layout(t.arg("matching-title", &programme.details.name)),
        programme_id: programme_id.to_string(),
        waiting: pool.mentees.len(),
        places: pool.mentors.iter().map(|(_, places)| places).sum(),
        rules: rules_in_words(t, &criteria),
        objectives: [
            Objective::BestFit,
            Objective::MostMatched,
            Objective::Stable,
        ]
        .into_iter()
        .map(|objective| {
            let key = objective_key(objective);
            let label = objective_label(t, objective_stored(objective));
            (key, label, objective == chosen)
        })
        .collect(),
        pins: rows("pin"),
        forbids: rows("forbid"),
        error,
        runs,
    };
    let mut response = render(&page);
    if page.error.is_some() {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn matching_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let programme = ProgrammeId::from_string(id);
    matching_page_with(&state, &context, &programme, &FormFields::default(), None).await
}

fn pairs_from(fields: &FormFields, prefix: &str) -> Vec<(PersonId, PersonId)> {
    (0..PAIR_ROWS)
        .filter_map(|row| {
            let mentee = fields.get(&format!("{prefix}_mentee_{row}"));
            let mentor = fields.get(&format!("{prefix}_mentor_{row}"));
            (!mentee.is_empty() && !mentor.is_empty())
                .then(|| (PersonId::from_string(mentee), PersonId::from_string(mentor)))
        })
        .collect()
}

fn matching_error_text(t: &Tr, error: &MatchingError) -> String {
    match error {
        MatchingError::NoWaitingMentees => t.get("matching-no-mentees"),
        MatchingError::NoFreePlaces => t.get("matching-no-places"),
        MatchingError::UnknownPerson => t.get("matching-unknown-person"),
        MatchingError::PinBreaksRule { rule } => t.arg(
            "matching-pin-breaks",
            &t.get(&format!("rule-name-{}", rule.as_str())),
        ),
        MatchingError::Problem(_) => t.get("matching-pins-conflict"),
    }
}

/// Runs the engine on the programme's pool and stores the result as a draft.
pub async fn start_run(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let user = context.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let programme_id = ProgrammeId::from_string(id);
    let fields = FormFields::parse(&body);
    let programme = state.store.programme(&organisation, &programme_id).await?;
    let criteria = criteria_for(&state, &organisation, &programme).await?;
    let objective = Objective::parse(&fields.get("objective")).unwrap_or(Objective::BestFit);
    let (pins, forbids) = (pairs_from(&fields, "pin"), pairs_from(&fields, "forbid"));
    let MatchingPool {
        mentees,
        mentors,
        declined,
        safeguarding,
        answers,
    } = state
        .store
        .matching_pool(&organisation, &programme_id)
        .await?;
    let outcome = matching::propose(&matching::Request {
        criteria: &criteria,
        objective,
        mentees: &mentees,
        mentors: &mentors,
        declined: &declined,
        pins: &pins,
        forbids: &forbids,
        safeguarding: &safeguarding,
        answers: &answers,
        today: now().date(),
    });
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(error) => {
            let message = matching_error_text(&context.tr, &error);
            return matching_page_with(&state, &context, &programme_id, &fields, Some(message))
                .await;
        }
    };
    let names: HashMap<PersonId, String> = mentees
        .iter()
        .chain(mentors.iter().map(|(person, _)| person))
        .map(|person| {
            (
                person.id.clone(),
                format!("{} {}", person.profile.first_name, person.profile.last_name),
            )
        })
        .collect();
    let settings = serde_json::json!({
        "pins": pins.iter().map(|(a, b)| [a.as_str(), b.as_str()]).collect::<Vec<_>>(),
        "forbids": forbids.iter().map(|(a, b)| [a.as_str(), b.as_str()]).collect::<Vec<_>>(),
    });
    let saved = state
        .store
        .save_run(
            &organisation,
            &programme_id,
            &user.id,
            objective_stored(objective),
            &criteria,
            &settings,
            &outcome,
            &names,
            now(),
        )
        .await;
    match saved {
        Ok(run) => Ok(Redirect::to(&format!("/coordinator/runs/{run}")).into_response()),
        Err(StoreError::Conflict { .. }) => {
            let message = context.tr.get("matching-draft-open");
            matching_page_with(&state, &context, &programme_id, &fields, Some(message)).await
        }
        Err(other) => Err(other.into()),
    }
}

fn objective_stored(objective: Objective) -> &'static str {
    match objective {
        Objective::BestFit => "best_fit",
        Objective::MostMatched => "most_matched",
        Objective::Stable => "stable",
        Objective::Greedy => "greedy",
    }
}

#[derive(Template)]
#[template(path = "run.html")]
struct RunTemplate {
    layout: Layout,
    run: RunView,
    error: Option<String>,
    status: String,
    totals: String,
    draft: bool,
    objective: String,
    created: String,
    proposals: Vec<ProposalLine>,
    waiting: Vec<(String, String, String)>,
    comparison: Option<String>,
}

struct ProposalLine {
    id: String,
    mentee_id: String,
    mentee: String,
    mentor_id: String,
    mentor: String,
    score: i64,
    reasons: String,
    pinned: bool,
    dropped: bool,
    state: String,
    tandem_id: Option<String>,
}

pub async fn run_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    run_page_with(&state, &context, &RunId::from_string(id), None).await
}

async fn run_page_with(
    state: &AppState,
    context: &RequestContext,
    run: &RunId,
    error: Option<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let run = state.store.matching_run(&organisation, run).await?;
    let questions = state
        .store
        .programme_rules(
            &organisation,
            &ProgrammeId::from_string(run.programme_id.clone()),
        )
        .await?
        .questions;
    let t = &context.tr;
    let previous = state
        .store
        .list_runs(
            &organisation,
            &ProgrammeId::from_string(run.programme_id.clone()),
        )
        .await?
        .into_iter()
        .find(|other| other.id != run.id && other.created_at <= run.created_at);
    let comparison = previous.map(|previous| {
        t.with(
            "run-compared",
            &[
                ("matched", FluentValue::from(run.matched - previous.matched)),
                (
                    "score",
                    FluentValue::from(run.total_score - previous.total_score),
                ),
            ],
        )
    });
    let proposals = run
        .proposals
        .iter()
        .map(|proposal| ProposalLine {
            id: proposal.id.clone(),
            mentee_id: proposal.mentee_id.clone(),
            mentee: proposal.mentee_name.clone(),
            mentor_id: proposal.mentor_id.clone(),
            mentor: proposal.mentor_name.clone(),
            score: proposal.score,
            reasons: proposal
                .reasons
                .iter()
                .map(|reason| labels::reason(t, reason, &questions))
                .collect::<Vec<_>>()
                .join(" · "),
            pinned: proposal.pinned,
            dropped: proposal.state == "dropped",
            state: match &proposal.problem {
                Some(problem) => format!(
                    "{} ({})",
                    t.get(&format!("proposal-state-{}", proposal.state)),
                    t.get(&format!("error-field-{problem}"))
                ),
                None => t.get(&format!("proposal-state-{}", proposal.state)),
            },
            tandem_id: proposal.tandem_id.clone(),
        })
        .collect();
    let waiting = run
        .waiting
        .iter()
        .map(|waiting| {
            (
                waiting.mentee_id.clone(),
                waiting.mentee_name.clone(),
                labels::waiting(t, &waiting.reason),
            )
        })
        .collect();
    let failed = error.is_some();
    let mut response = render(&RunTemplate {
        error,
        layout: context.layout(t.get("run-title")),
        draft: run.status == "draft",
        status: t.get(&format!("run-status-{}", run.status)),
        totals: format!(
            "{} / {} · {} · {}",
            t.count("run-matched", u64::try_from(run.matched).unwrap_or(0)),
            run.mentees,
            t.count("run-places", u64::try_from(run.places).unwrap_or(0)),
            t.count("run-score", u64::try_from(run.total_score).unwrap_or(0)),
        ),
        objective: objective_label(t, &run.objective),
        created: datetime(run.created_at),
        proposals,
        waiting,
        comparison,
        run,
    });
    if failed {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn toggle_proposal(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path((run, proposal)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let drop = FormFields::parse(&body).get("drop") == "1";
    let run = RunId::from_string(run);
    state
        .store
        .set_proposal_dropped(
            &organisation,
            &run,
            &ProposalId::from_string(proposal),
            drop,
        )
        .await?;
    Ok(Redirect::to(&format!("/coordinator/runs/{run}")).into_response())
}

/// Swaps the mentors of two proposals of a draft run, if both new pairs pass the rules.
pub async fn swap(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let run = RunId::from_string(id);
    let fields = FormFields::parse(&body);
    let (first, second) = (
        ProposalId::from_string(fields.get("first")),
        ProposalId::from_string(fields.get("second")),
    );
    let view = state.store.matching_run(&organisation, &run).await?;
    if first == second {
        return Err(AppError::Invalid {
            field: "second",
            code: "choice",
        });
    }
    let programme = state
        .store
        .programme(
            &organisation,
            &ProgrammeId::from_string(view.programme_id.clone()),
        )
        .await?;
    let criteria = criteria_for(&state, &organisation, &programme).await?;
    let (mentee_a, mentor_a) = state
        .store
        .draft_proposal_pair(&organisation, &run, &first)
        .await?;
    let (mentee_b, mentor_b) = state
        .store
        .draft_proposal_pair(&organisation, &run, &second)
        .await?;
    let person = |id: PersonId| {
        let store = state.store.clone();
        let organisation = organisation.clone();
        async move { store.person(&organisation, &id).await }
    };
    let (mentee_a, mentor_a, mentee_b, mentor_b) = (
        person(mentee_a).await?,
        person(mentor_a).await?,
        person(mentee_b).await?,
        person(mentor_b).await?,
    );
    let today = now().date();
    let answers = state
        .store
        .programme_intake_answers(&organisation, &programme.id)
        .await?;
    let scored = matching::evaluate_pair(&criteria, &mentee_a, &mentor_b, &answers, today)
        .and_then(|a| {
            matching::evaluate_pair(&criteria, &mentee_b, &mentor_a, &answers, today)
                .map(|b| (a, b))
        });
    match scored {
        Ok(((score_a, reasons_a), (score_b, reasons_b))) => {
            state
                .store
                .swap_mentors(
                    &organisation,
                    &run,
                    (&first, score_a, &reasons_a),
                    (&second, score_b, &reasons_b),
                )
                .await?;
            Ok(Redirect::to(&format!("/coordinator/runs/{run}")).into_response())
        }
        Err(rule) => {
            run_page_with(
                &state,
                &context,
                &run,
                Some(context.tr.arg(
                    "run-swap-breaks",
                    &context.tr.get(&format!("rule-name-{}", rule.as_str())),
                )),
            )
            .await
        }
    }
}

pub async fn discard_run(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let run = RunId::from_string(id);
    state.store.discard_run(&organisation, &run).await?;
    Ok(Redirect::to(&format!("/coordinator/runs/{run}")).into_response())
}

/// Sends the proposals that were kept: tandems are proposed, and both sides get an e-mail in
/// their own language with their personal link.
pub async fn send_run(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::CoordinateProgrammes)?;
    let run = RunId::from_string(id);
    let mut token = || {
        let secret = new_token();
        let hash = token_hash(&secret);
        (secret, hash)
    };
    let sent = state
        .store
        .send_run(&organisation, &run, &mut token, now())
        .await?;
    for proposal in &sent {
        for (recipient, other) in [
            (&proposal.mentee, &proposal.mentor),
            (&proposal.mentor, &proposal.mentee),
        ] {
            let t = Tr::new(Locale::find(&recipient.locale).unwrap_or(DEFAULT_LOCALE));
            let link = format!(
                "{}/proposal/{}",
                state.config.public_url.trim_end_matches('/'),
                recipient.token
            );
            let body = t.with(
                "mail-proposal-body",
                &[
                    ("name", FluentValue::from(recipient.first_name.clone())),
                    ("other", FluentValue::from(other.first_name.clone())),
                    ("link", FluentValue::from(link)),
                    ("days", FluentValue::from(state.config.proposal_expiry_days)),
                ],
            );
            state
                .store
                .queue_mail(
                    &NewMail {
                        organisation: Some(&organisation),
                        recipient: &recipient.email,
                        reply_to: None,
                        locale: t.locale.code,
                        subject: &t.get("mail-proposal-subject"),
                        body: &crate::i18n::without_isolation(&body),
                    },
                    now(),
                )
                .await?;
        }
    }
    Ok(Redirect::to(&format!("/coordinator/runs/{run}")).into_response())
}

#[derive(Template)]
#[template(path = "proposal.html")]
struct ProposalTemplate {
    layout: Layout,
    token: String,
    /// A message instead of the proposal (invalid, expired, answered).
    notice: Option<String>,
    other_name: String,
    other_role: String,
    languages: String,
    area: String,
    shared_interests: String,
    can_answer: bool,
}

/// A personal proposal link: no password, the secret in the URL is the key. Anything wrong with
/// the link is a friendly page, never an error trace.
pub async fn proposal_page(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    proposal_page_with(&state, &context, &token, None).await
}

async fn proposal_page_with(
    state: &AppState,
    context: &RequestContext,
    token: &str,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let t = &context.tr;
    let layout = context.layout(t.get("proposal-title"));
    let empty = |notice: String| ProposalTemplate {
        layout: layout.clone(),
        token: token.to_owned(),
        notice: Some(notice),
        other_name: String::new(),
        other_role: String::new(),
        languages: String::new(),
        area: String::new(),
        shared_interests: String::new(),
        can_answer: false,
    };
    let proposal = match state.store.proposal_by_token(&token_hash(token)).await {
        Ok(proposal) => proposal,
        Err(StoreError::NotFound) => {
            let mut response = render(&empty(t.get("proposal-invalid")));
            *response.status_mut() = axum::http::StatusCode::NOT_FOUND;
            return Ok(response);
        }
        Err(other) => return Err(other.into()),
    };
    let expired = proposal
        .proposed_at
        .is_some_and(|at| now() - at > time::Duration::days(state.config.proposal_expiry_days));
    let own_accepted = match proposal.side {
        Side::Mentee => proposal.tandem.mentee_accepted,
        Side::Mentor => proposal.tandem.mentor_accepted,
    };
    let status_notice = match proposal.tandem.status {
        TandemStatus::Proposed if expired => Some(t.get("proposal-expired")),
        TandemStatus::Proposed if own_accepted => Some(t.get("proposal-waiting-other")),
        TandemStatus::Proposed => None,
        TandemStatus::Declined => Some(t.get("proposal-declined")),
        _ => Some(t.get("proposal-accepted")),
    };
    let other = &proposal.other.profile;
    let shared: Vec<String> = proposal
        .own
        .profile
        .interests
        .iter()
        .filter(|tag| other.interests.iter().any(|o| o.eq_ignore_ascii_case(tag)))
        .cloned()
        .collect();
    let area = tandem_core::gazetteer::lookup(&other.postal_code).map_or_else(
        || other.postal_code.to_string(),
        |place| place.locality.split(" / ").next().unwrap_or("").to_owned(),
    );
    Ok(render(&ProposalTemplate {
        layout,
        token: token.to_owned(),
        can_answer: status_notice.is_none(),
        notice: notice.or(status_notice),
        other_name: other.first_name.clone(),
        other_role: t.get(match proposal.side {
            Side::Mentee => "side-mentor",
            Side::Mentor => "side-mentee",
        }),
        languages: other
            .languages
            .iter()
            .map(|spoken| labels::language(t, spoken.language.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        area,
        shared_interests: shared.join(", "),
    }))
}

pub async fn answer_proposal(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let fields = FormFields::parse(&body);
    let accept = fields.get("answer") == "accept";
    let reason = fields.get("reason");
    let hash = token_hash(&token);
    // An expired proposal cannot be answered any more.
    if let Ok(proposal) = state.store.proposal_by_token(&hash).await
        && proposal
            .proposed_at
            .is_some_and(|at| now() - at > time::Duration::days(state.config.proposal_expiry_days))
    {
        return proposal_page_with(&state, &context, &token, None).await;
    }
    let notice = match state
        .store
        .answer_proposal(&hash, accept, Some(&reason), now())
        .await
    {
        Ok(tandem) if tandem.status == TandemStatus::Declined => {
            context.tr.get("proposal-thanks-declined")
        }
        Ok(_) => context.tr.get("proposal-thanks-accepted"),
        Err(StoreError::NotFound) => context.tr.get("proposal-invalid"),
        Err(StoreError::Domain(_)) => context.tr.get("proposal-already-answered"),
        Err(other) => return Err(other.into()),
    };
    proposal_page_with(&state, &context, &token, Some(notice)).await
}

#[derive(Template)]
#[template(path = "criteria.html")]
struct CriteriaTemplate {
    layout: Layout,
    programme_id: String,
    form: matching::CriteriaForm,
    levels: Vec<(&'static str, String)>,
    weights: Vec<(&'static str, String, String)>,
    /// Intake questions that can be criteria: (field, question, chosen rule).
    answer_questions: Vec<(String, String, String)>,
    answer_rules: Vec<(&'static str, String)>,
    errors: crate::templates::FieldErrors,
    saved: bool,
}

/// The form field that marks an intake question as a criterion.
fn answer_field(question: &tandem_core::programme_rules::Question) -> String {
    format!("answer_{}", question.id)
}

fn criteria_page(
    context: &RequestContext,
    programme: &tandem_core::programme::Programme,
    form: matching::CriteriaForm,
    questions: &[tandem_core::programme_rules::Question],
    errors: crate::templates::FieldErrors,
    saved: bool,
) -> Response {
    let t = &context.tr;
    let answer_questions = questions
        .iter()
        .filter(|question| matching::usable_as_criterion(question))
        .map(|question| {
            (
                answer_field(question),
                question.text_in(t.locale.code),
                form.answers.get(&question.id).cloned().unwrap_or_default(),
            )
        })
        .collect();
    let answer_rules = std::iter::once(("", t.get("criteria-answer-none")))
        .chain(matching::AnswerRule::ALL.iter().map(|rule| {
            (
                rule.as_str(),
                t.get(&format!("criteria-answer-{}", rule.as_str())),
            )
        }))
        .collect();
    let failed = !errors.is_empty();
    let mut response = render(&CriteriaTemplate {
        layout: context.layout(t.arg("criteria-title", &programme.details.name)),
        programme_id: programme.id.to_string(),
        weights: [
            (
                "weight_language",
                "criteria-weight-language",
                &form.weight_language,
            ),
            (
                "weight_distance",
                "criteria-weight-distance",
                &form.weight_distance,
            ),
            (
                "weight_interests",
                "criteria-weight-interests",
                &form.weight_interests,
            ),
            (
                "weight_common_time",
                "criteria-weight-common-time",
                &form.weight_common_time,
            ),
            (
                "weight_waiting",
                "criteria-weight-waiting",
                &form.weight_waiting,
            ),
            (
                "weight_answers",
                "criteria-weight-answers",
                &form.weight_answers,
            ),
        ]
        .into_iter()
        .map(|(name, key, value)| (name, t.get(key), value.clone()))
        .collect(),
        form,
        answer_questions,
        answer_rules,
        levels: labels::levels(t),
        errors,
        saved,
    });
    if failed {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

/// The organisation admin's matching criteria for a programme (defaults per programme kind).
pub async fn criteria_form(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let programme = state
        .store
        .programme(&organisation, &ProgrammeId::from_string(id))
        .await?;
    let criteria = criteria_for(&state, &organisation, &programme).await?;
    let rules = state
        .store
        .programme_rules(&organisation, &programme.id)
        .await?;
    Ok(criteria_page(
        &context,
        &programme,
        matching::CriteriaForm::from_criteria(&criteria),
        &rules.questions,
        crate::templates::FieldErrors::default(),
        false,
    ))
}

pub async fn save_criteria(
    State(state): State<AppState>,
    Extension(context): Extension<RequestContext>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, AppError> {
    let organisation = context.organisation_for(Action::AdministerOrganisation)?;
    let programme = state
        .store
        .programme(&organisation, &ProgrammeId::from_string(id))
        .await?;
    let fields = FormFields::parse(&body);
    let questions = state
        .store
        .programme_rules(&organisation, &programme.id)
        .await?
        .questions;
    let form = matching::CriteriaForm {
        min_shared_level: fields.get("min_shared_level"),
        max_km: fields.get("max_km"),
        need_common_time: fields.checked("need_common_time"),
        mentee_age_low: fields.get("mentee_age_low"),
        mentee_age_high: fields.get("mentee_age_high"),
        mentor_age_low: fields.get("mentor_age_low"),
        mentor_age_high: fields.get("mentor_age_high"),
        weight_language: fields.get("weight_language"),
        weight_distance: fields.get("weight_distance"),
        weight_interests: fields.get("weight_interests"),
        weight_common_time: fields.get("weight_common_time"),
        weight_waiting: fields.get("weight_waiting"),
        weight_answers: fields.get("weight_answers"),
        answers: questions
            .iter()
            .map(|question| (question.id.clone(), fields.get(&answer_field(question))))
            .filter(|(_, rule)| !rule.is_empty())
            .collect(),
    };
    match form.parse(&questions) {
        Ok(criteria) => {
            state
                .store
                .set_matching_criteria(&organisation, &programme.id, &criteria)
                .await?;
            Ok(criteria_page(
                &context,
                &programme,
                form,
                &questions,
                crate::templates::FieldErrors::default(),
                true,
            ))
        }
        Err(problems) => {
            let mut errors = crate::templates::FieldErrors::default();
            for problem in problems {
                if let tandem_core::DomainError::Invalid { field, code } = problem {
                    errors.push(field, labels::field_error(&context.tr, code));
                }
            }
            Ok(criteria_page(
                &context, &programme, form, &questions, errors, false,
            ))
        }
    }
}
