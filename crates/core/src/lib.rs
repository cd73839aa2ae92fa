//! Tandem's domain: the organisations of the alliance, their programmes, the people in them and the
//! tandems they form.
//!
//! This crate holds the rules that must hold whatever stores or shows the data: value types that can
//! only be built valid (parse, don't validate), lifecycle state machines whose transitions refuse
//! illegal moves with a typed error, and the permission decisions. It deliberately knows nothing about
//! HTTP, SQL, templates or the matching engine; `tandem-store` and `tandem-web` depend on it, never
//! the other way round.

pub mod consent;
pub mod diary;
pub mod directory;
pub mod error;
pub mod event;
pub mod followup;
pub mod gazetteer;
pub mod ids;
pub mod import;
pub mod matching;
pub mod members;
pub mod minors;
pub mod organisation;
pub mod outcome;
pub mod permissions;
pub mod person;
pub mod programme;
pub mod programme_rules;
pub mod report;
pub mod survey;
pub mod tandem;
pub mod totp;
pub mod user;
pub mod values;

pub use error::DomainError;
