//! A ToolCallingAgent: the model asks for tools with JSON arguments; several
//! calls in one step run at the same time and come back in order.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 --parallel-tool-calls 3 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example parallel_tool_calls
//! ```

use std::sync::Arc;
use std::time::Duration;

use codeact::agent::{Agent, RunEvent};
use codeact::model::OpenAIModel;
use codeact::tool::tool;
use futures::StreamExt;

/// Fetches the weather of a city.
///
/// # Arguments
///
/// * `city` - The city.
#[tool]
async fn weather(city: String) -> String {
    // 100 ms, so that several calls in one step visibly overlap.
    tokio::time::sleep(Duration::from_millis(100)).await;
    format!("sunny in {city}")
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let model = OpenAIModel::builder("mock-k2")
        .base_url(base_url)
        .api_key("none")
        .build()?;
    let agent = Agent::tool_calling(Arc::new(model)).tool(Weather).build()?;

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
