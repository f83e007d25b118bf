//! A ToolCallingAgent: the model asks for tools with JSON arguments; several
//! calls in one step run at the same time and come back in order.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example parallel_tool_calls
//! ```

use std::sync::Arc;
use std::time::Duration;

use codeact::agent::{Agent, RunEvent};
use codeact::model::OpenAIModel;
use codeact::tool::{FnTool, ToolInput, ToolSpec};
use futures::StreamExt;
use serde_json::json;

/// The weather in a city, after 100 ms: several calls in one step overlap.
fn weather() -> FnTool {
    FnTool::new(
        ToolSpec::new("weather", "Fetches the weather of a city.").input(ToolInput::new(
            "city",
            "The city.",
            json!({"type": "string"}),
        )),
        |args| async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            Ok(json!(format!(
                "sunny in {}",
                args["city"].as_str().unwrap_or("?")
            )))
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
    let agent = Agent::tool_calling(Arc::new(model))
        .tool(weather())
        .build()?;

    let mut events = agent.arun_stream("What is the weather? [[sunny]]");
    while let Some(event) = events.next().await {
        match event {
            RunEvent::ToolCalls { step, calls } => {
                println!("step {step}: {} tool call(s)", calls.len());
            }
            RunEvent::Observation { step, text } => {
                println!("step {step} observed: {text}");
            }
            RunEvent::RunFinished { result } => {
                println!("answer: {}", result.output_text());
                assert!(result.is_success());
            }
            _ => {}
        }
    }
    Ok(())
}
