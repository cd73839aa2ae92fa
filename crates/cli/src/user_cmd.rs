//! `tandem user add`: the first alliance admin on a fresh install (no default password exists),
//! and any further account from the command line.

use crate::DatabaseArgs;
use anyhow::{Context, bail};
use std::io::BufRead;
use tandem_core::{
    user::{Role, check_password_strength},
    values::Email,
};
use tandem_store::{NewUser, Store};

#[derive(clap::Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from TANDEM_PASSWORD or, if unset, from stdin.
    Add {
        #[command(flatten)]
        database: DatabaseArgs,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// alliance_admin, org_admin or coordinator.
        #[arg(long)]
        role: String,
        /// Name of the organisation (needed for every role but alliance_admin).
        #[arg(long)]
        organisation: Option<String>,
        /// Interface language of the account.
        #[arg(long, default_value = "de")]
        locale: String,
    },
}

impl UserCommand {
    pub fn database(&self) -> &DatabaseArgs {
        match self {
            Self::Add { database, .. } => database,
        }
    }
}

pub async fn run(store: &Store, command: UserCommand) -> anyhow::Result<()> {
    let UserCommand::Add {
        email,
        name,
        role,
        organisation,
        locale,
        ..
    } = command;
    let email =
        Email::parse(&email).map_err(|_| anyhow::anyhow!("'{email}' is not an e-mail address"))?;
    let role = Role::parse(&role).map_err(|_| {
        anyhow::anyhow!("unknown role '{role}': use alliance_admin, org_admin or coordinator")
    })?;
    let organisation_id = match (role.needs_organisation(), organisation) {
        (false, None) => None,
        (false, Some(_)) => {
            bail!("an alliance admin belongs to no organisation: drop --organisation")
        }
        (true, None) => bail!("the role {} needs --organisation NAME", role.as_str()),
        (true, Some(wanted)) => {
            let organisations = store.list_organisations().await?;
            let found = organisations.into_iter().find(|org| org.name == wanted);
            Some(
                found
                    .with_context(|| format!("no organisation named '{wanted}'"))?
                    .id,
            )
        }
    };
    let password = match std::env::var("TANDEM_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            eprintln!("Password (at least 12 characters), then Enter:");
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    check_password_strength(&password).map_err(|_| {
        anyhow::anyhow!(
            "the password must have at least 12 characters and must not be a common one \
             (a sentence of several words works well)"
        )
    })?;
    let new = NewUser {
        email,
        display_name: name,
        role,
        organisation_id,
        password_hash: tandem_web::hash_password(&password)?,
        locale,
    };
    let user = store
        .create_user(&new, time::OffsetDateTime::now_utc())
        .await
        .map_err(|error| match error {
            tandem_store::StoreError::Conflict { .. } => {
                anyhow::anyhow!("an account with this e-mail address exists already")
            }
            other => other.into(),
        })?;
    println!("Created {} ({}).", user.email, user.role.as_str());
    Ok(())
}
