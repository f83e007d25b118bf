//! Tools written as plain Rust functions with `#[tool]`, one async and one
//! sync. Inside the agent's Python they are plain functions too: the code
//! never writes `await`.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example async_tools
//! ```

use std::sync::Arc;
use std::time::Duration;

use codeact::agent::Agent;
use codeact::model::OpenAIModel;
use codeact::tool::{Tool, tool};

/// Looks up the population of a city, in millions.
///
/// # Arguments
///
/// * `city` - The city's English name.
#[tool]
async fn city_population(city: String) -> Result<f64, String> {
    // Async, like a network call.
    tokio::time::sleep(Duration::from_millis(50)).await;
    match city.to_lowercase().as_str() {
        "paris" => Ok(2.1),
        "tokyo" => Ok(14.0),
        other => Err(format!("no data for {other}")),
    }
}

/// Converts a count in millions to a whole number.
///
/// # Arguments
///
/// * `millions` - A count in millions.
#[tool]
fn millions_to_count(millions: f64) -> i64 {
    // Sync work: it runs on a blocking thread, never on the runtime's.
    (millions * 1e6).round() as i64
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let model = OpenAIModel::builder("mock-k2")
        .base_url(base_url)
        .api_key("none")
        .build()?;
    println!(
        "the model sees:\n{}",
        CityPopulation.spec().python_signature()
    );
    let agent = Agent::code(Arc::new(model))
        .tool(CityPopulation)
        .tool(MillionsToCount)
        .build()?;

    let result = agent
        .arun("How many people live in Paris? [[2100000]]")
        .await?;
    println!("answer: {}", result.output_text());
    assert!(result.is_success());
    Ok(())
}
