//! The ceiling for `bench/load.sh`: a minimal axum handler on the same runtime and the same
//! machine as `tandem serve`, so the load figures can be read against what axum alone can do.
//!
//! `cargo run --release -p tandem-web --example hello -- 8099`

use axum::{Router, routing::get};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|port| port.parse().ok())
        .unwrap_or(8099);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("hello on http://127.0.0.1:{port}");
    axum::serve(
        listener,
        Router::new().route("/", get(|| async { "hello" })),
    )
    .await
}
