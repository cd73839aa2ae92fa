//! The `tandem` binary: one command for running, setting up and operating a Tandem installation.
//!
//! It parses arguments and wires the crates together; it holds no domain rules and no SQL.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use tandem_store::{DEFAULT_DATABASE_URL, Store};

mod demo;
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
struct DatabaseArgs {
    /// `sqlite://FILE` (created if missing) or `postgres://USER@HOST/DB`.
    #[arg(long = "database", env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    url: String,
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
    /// Run the matching engine on an instance file.
    #[command(subcommand)]
    Match(match_cmd::MatchCommand),
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
        Command::Match(command) => match_cmd::run(command),
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
        } => {
            let store = open(&database).await?;
            if demo {
                demo::load_if_empty(&store).await?;
            }
            serve(store, SocketAddr::new(bind, port), secure_cookies).await
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
        Command::Match(command) => match_cmd::run(command),
    }
}

/// Connects and migrates, so every command sees an up-to-date schema.
async fn open(database: &DatabaseArgs) -> anyhow::Result<Store> {
    let store = Store::connect(&database.url)
        .await
        .with_context(|| format!("cannot open the database {}", redact(&database.url)))?;
    store
        .migrate()
        .await
        .context("cannot migrate the database")?;
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

async fn serve(store: Store, address: SocketAddr, secure_cookies: bool) -> anyhow::Result<()> {
    let config = tandem_web::WebConfig {
        secure_cookies,
        ..tandem_web::WebConfig::default()
    };
    let app = tandem_web::router(store.clone(), config);
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .with_context(|| format!("cannot listen on {address}"))?;
    let local = listener.local_addr()?;
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
