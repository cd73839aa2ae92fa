//! Placeholder: filled in by the import work.
