//! `sqlx::migrate!` embeds the migration folders at compile time; without this, a new
//! migration file is not picked up until some source file of the crate changes.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
