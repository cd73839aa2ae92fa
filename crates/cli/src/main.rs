//! The `tandem` binary: one command for running, setting up and operating a Tandem installation.
//!
//! It parses arguments and wires the crates together; it holds no domain rules and no SQL.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use tandem_store::{DEFAULT_DATABASE_URL, Store, sealing::DataKey};

mod backup_cmd;
mod demo;
mod import_cmd;
mod match_cmd;
mod user_cmd;

#[derive(Parser)]
#[command(
    name = "tandem",
    version,
    about = "Mentoring and sponsorship programmes for an alliance of organisations"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Where the data lives: a SQLite file by default, PostgreSQL by URL.
#[derive(clap::Args, Clone)]
pub(crate) struct DatabaseArgs {
    /// `sqlite://FILE` (created if missing) or `postgres://USER@HOST/DB`.
    #[arg(long = "database", env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    pub(crate) url: String,
    /// The file holding the key that seals secrets at rest, used when `TANDEM_DATA_KEY` is not
    /// set; created (mode 0600) at first start. Default: next to the SQLite file (`FILE.key`),
    /// or `tandem-data.key` in the working directory for PostgreSQL. Back it up with the data.
    #[arg(long = "data-key-file", env = "TANDEM_DATA_KEY_FILE")]
    pub(crate) data_key_file: Option<std::path::PathBuf>,
}

impl DatabaseArgs {
    /// The data key: `TANDEM_DATA_KEY` (Base64 or hex, read from the environment only, so it
    /// never shows in a process list), else the key file, created on first use.
    fn data_key(&self) -> anyhow::Result<DataKey> {
        if let Ok(text) = std::env::var("TANDEM_DATA_KEY") {
            return DataKey::parse(&text).context("TANDEM_DATA_KEY");
        }
        let path = self
            .data_key_file
            .clone()
            .unwrap_or_else(|| default_key_file(&self.url));
        DataKey::load_or_create(&path).map_err(anyhow::Error::new)
    }
}

/// `FILE.key` next to a SQLite file; `tandem-data.key` in the working directory otherwise.
fn default_key_file(url: &str) -> std::path::PathBuf {
    let file = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .map(|rest| rest.split('?').next().unwrap_or(rest))
        .filter(|path| !path.is_empty() && !path.starts_with(':'));
    match file {
        Some(path) => std::path::PathBuf::from(format!("{path}.key")),
        None => std::path::PathBuf::from("tandem-data.key"),
    }
}

/// How Tandem reaches people by e-mail, and the address its links point to.
#[derive(clap::Args, Clone)]
struct MailArgs {
    /// The address people reach Tandem at, used in e-mailed links (default: the listen address).
    #[arg(long, env = "TANDEM_PUBLIC_URL")]
    public_url: Option<String>,
    /// `smtp://host:port` of a mail relay. Without it, mails are written to --mail-dir.
    #[arg(long, env = "TANDEM_SMTP_URL")]
    smtp_url: Option<String>,
    #[arg(long, env = "TANDEM_MAIL_DIR", default_value = "mail-outbox")]
    mail_dir: std::path::PathBuf,
    #[arg(
        long,
        env = "TANDEM_MAIL_FROM",
        default_value = "Tandem <tandem@localhost>"
    )]
    mail_from: String,
    /// Days after which an unanswered proposal expires.
    #[arg(long, env = "TANDEM_PROPOSAL_EXPIRY_DAYS", default_value_t = 14)]
    proposal_expiry_days: i64,
    /// Days after which an unanswered proposal is reminded.
    #[arg(long, env = "TANDEM_PROPOSAL_REMINDER_DAYS", default_value_t = 7)]
    proposal_reminder_days: i64,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web application (migrates the database first).
    Serve {
        #[command(flatten)]
        database: DatabaseArgs,
        /// Address to listen on.
        #[arg(long, env = "TANDEM_BIND", default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        #[arg(long, env = "TANDEM_PORT", default_value_t = 8080)]
        port: u16,
        /// Load the demo data first if the database is empty.
        #[arg(long)]
        demo: bool,
        /// Mark cookies Secure (set this when Tandem is served over HTTPS).
        #[arg(long, env = "TANDEM_SECURE_COOKIES")]
        secure_cookies: bool,
        /// Requests worked on at once; more are answered 503 with Retry-After (load shedding).
        /// Default: 8 per database connection; 0 turns shedding off.
        #[arg(long, env = "TANDEM_MAX_IN_FLIGHT")]
        max_in_flight: Option<usize>,
        #[command(flatten)]
        mail: MailArgs,
    },
    /// Apply database migrations and exit.
    Migrate {
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Load the demo: the alliance, organisations across Lower Saxony, people and tandems.
    Demo {
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Manage log-in accounts.
    #[command(subcommand)]
    User(user_cmd::UserCommand),
    /// Run the matching engine on an instance file, or a matching run for a programme.
    #[command(subcommand)]
    Match(match_cmd::MatchCommand),
    /// Import mentors and mentees from CSV, XLSX or ODS (all rows or none).
    Import(import_cmd::ImportArgs),
    /// Export a programme's people as CSV or XLSX, in the columns the import reads.
    Export(import_cmd::ExportArgs),
    /// Write a consistent copy of the database while the server runs.
    Backup(backup_cmd::BackupArgs),
    /// Restore a backup into an empty database.
    Restore(backup_cmd::RestoreArgs),
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match cli.command {
        // Pure computation: no runtime, so the measured memory is the engine's own.
        Command::Match(match_cmd::MatchCommand::Solve(command)) => match_cmd::solve(command),
        command => tokio::runtime::Runtime::new()?.block_on(run_async(command)),
    }
}

async fn run_async(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve {
            database,
            bind,
            port,
            demo,
            secure_cookies,
            max_in_flight,
            mail,
        } => {
            let store = open(&database).await?;
            if demo {
                demo::load_if_empty(&store).await?;
            }
            let limits = Limits { max_in_flight };
            serve(
                store,
                SocketAddr::new(bind, port),
                secure_cookies,
                mail,
                limits,
            )
            .await
        }
        Command::Migrate { database } => {
            open(&database).await?;
            println!("Database is up to date.");
            Ok(())
        }
        Command::Demo { database } => {
            let store = open(&database).await?;
            demo::load_if_empty(&store).await
        }
        Command::User(command) => {
            let store = open(&command.database().clone()).await?;
            user_cmd::run(&store, command).await
        }
        Command::Match(match_cmd::MatchCommand::Solve(command)) => match_cmd::solve(command),
        Command::Match(match_cmd::MatchCommand::Run(command)) => {
            let store = open(&command.database).await?;
            match_cmd::run_programme(&store, command).await
        }
        Command::Import(args) => {
            let store = open(&args.database).await?;
            import_cmd::import(&store, args).await
        }
        Command::Export(args) => {
            let store = open(&args.database).await?;
            import_cmd::export(&store, args).await
        }
        Command::Backup(args) => backup_cmd::backup(args).await,
        Command::Restore(args) => backup_cmd::restore(args).await,
    }
}

/// Connects and migrates, so every command sees an up-to-date schema, and seals secrets that an
/// older version stored in plaintext.
async fn open(database: &DatabaseArgs) -> anyhow::Result<Store> {
    let key = database
        .data_key()
        .context("cannot read the data key (see TANDEM_DATA_KEY and --data-key-file)")?;
    let store = Store::connect(&database.url)
        .await
        .with_context(|| format!("cannot open the database {}", redact(&database.url)))?
        .with_data_key(key);
    store
        .migrate()
        .await
        .context("cannot migrate the database")?;
    let sealed = store
        .seal_plaintext_secrets()
        .await
        .context("cannot seal the stored second-factor secrets")?;
    if sealed > 0 {
        tracing::info!(sealed, "sealed second-factor secrets stored in plaintext");
    }
    Ok(store)
}

/// Hides a password in a database URL before it is printed.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// How much work `serve` takes on at once.
struct Limits {
    max_in_flight: Option<usize>,
}

async fn serve(
    store: Store,
    address: SocketAddr,
    secure_cookies: bool,
    mail: MailArgs,
    limits: Limits,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .with_context(|| format!("cannot listen on {address}"))?;
    let local = listener.local_addr()?;
    let config = tandem_web::WebConfig {
        secure_cookies,
        public_url: mail
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{local}")),
        proposal_expiry_days: mail.proposal_expiry_days,
        proposal_reminder_days: mail.proposal_reminder_days,
        max_in_flight: limits.max_in_flight,
        ..tandem_web::WebConfig::default()
    };
    tokio::spawn(tandem_web::jobs::run(
        store.clone(),
        config.clone(),
        std::time::Duration::from_secs(15 * 60),
    ));
    let mailer = tandem_web::mail::Mailer::new(
        mail.smtp_url.as_deref(),
        mail.mail_dir.clone(),
        &mail.mail_from,
    )
    .context("invalid mail settings")?;
    println!("E-mail: {}", mailer.describe());
    tokio::spawn(mailer.run(store.clone(), std::time::Duration::from_secs(10)));
    let app = tandem_web::router(store.clone(), config);
    tracing::info!(backend = ?store.backend(), "Tandem is running on http://{local}");
    println!("Tandem is running on http://{local}  (Ctrl+C stops it)");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    store.close().await;
    Ok(())
}

/// Finishes in-flight requests on Ctrl+C or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_database_urls_are_hidden() {
        assert_eq!(
            redact("postgres://tandem:geheim@db/tandem"),
            "postgres://tandem:***@db/tandem"
        );
        assert_eq!(
            redact("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
        assert_eq!(redact("sqlite://tandem.db"), "sqlite://tandem.db");
    }

    #[test]
    fn the_command_line_parses() {
        Cli::try_parse_from(["tandem", "serve", "--demo", "--port", "0"]).unwrap();
        Cli::try_parse_from(["tandem", "migrate", "--database", "sqlite://x.db"]).unwrap();
        Cli::try_parse_from([
            "tandem",
            "user",
            "add",
            "--email",
            "a@b.de",
            "--name",
            "A",
            "--role",
            "alliance_admin",
        ])
        .unwrap();
    }
}
