//! Tools written as plain Rust functions, sync or async. Inside the agent's
//! Python they are plain functions too: the code never writes `await`.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example async_tools
//! ```

use std::sync::Arc;
use std::time::Duration;

use codeact::agent::Agent;
use codeact::model::OpenAIModel;
use codeact::tool::{FnTool, Tool, ToolError, ToolInput, ToolSpec};
use serde_json::json;

/// Looks up the population of a city, in millions: async, like a network
/// call.
fn city_population() -> FnTool {
    FnTool::new(
        ToolSpec::new(
            "city_population",
            "Looks up the population of a city, in millions.",
        )
        .input(ToolInput::new(
            "city",
            "The city's English name.",
            json!({"type": "string"}),
        ))
        .output(json!({"type": "number"})),
        |args| async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            match args["city"]
                .as_str()
                .unwrap_or_default()
                .to_lowercase()
                .as_str()
            {
                "paris" => Ok(json!(2.1)),
                "tokyo" => Ok(json!(14.0)),
                other => Err(ToolError::failed(
                    "city_population",
                    format!("no data for {other}"),
                )),
            }
        },
    )
}

/// Converts millions to a whole number: sync work, no await inside.
fn millions_to_count() -> FnTool {
    FnTool::new(
        ToolSpec::new(
            "millions_to_count",
            "Converts a count in millions to a whole number.",
        )
        .input(ToolInput::new(
            "millions",
            "A count in millions.",
            json!({"type": "number"}),
        ))
        .output(json!({"type": "integer"})),
        |args| async move {
            Ok(json!(
                (args["millions"].as_f64().unwrap_or(0.0) * 1e6).round() as i64
            ))
        },
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let model = OpenAIModel::builder("mock-k2")
        .base_url(base_url)
        .api_key("none")
        .build()?;
    let population = city_population();
    println!("the model sees:\n{}", population.spec().python_signature());
    let agent = Agent::code(Arc::new(model))
        .tool(population)
        .tool(millions_to_count())
        .build()?;

    let result = agent
        .arun("How many people live in Paris? [[2100000]]")
        .await?;
    println!("answer: {}", result.output_text());
    assert!(result.is_success());
    Ok(())
}
