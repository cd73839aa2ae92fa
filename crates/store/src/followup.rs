//! Placeholder: filled in by the followup work.
