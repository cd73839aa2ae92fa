//! HTML pages, one module per audience.

pub mod admin;
pub mod alliance;
pub mod consent;
pub mod coordinator;
pub mod diary;
pub mod directory;
pub mod events;
pub mod followup;
pub mod funder;
pub mod import;
pub mod matching;
pub mod minors;
pub mod privacy;
pub mod programme_rules;
pub mod public;
pub mod reports;
pub mod surveys;
