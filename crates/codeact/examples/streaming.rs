//! A run as a stream of events: the model's reply as it is generated, the
//! code, the observation, the result.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example streaming
//! ```

use std::io::Write;
use std::sync::Arc;

use codeact::agent::{Agent, RunEvent};
use codeact::model::{OpenAIModel, StreamEvent};
use futures::StreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let model = OpenAIModel::builder("mock-k3")
        .base_url(base_url)
        .api_key("none")
        .build()?;
    let agent = Agent::code(Arc::new(model)).stream_outputs(true).build()?;

    let mut events = agent.arun_stream("Count the steps. [[3 steps]]");
    while let Some(event) = events.next().await {
        match event {
            RunEvent::StepStarted { step } => println!("\n--- step {step}"),
            RunEvent::ModelDelta {
                delta: StreamEvent::TextDelta { text },
                ..
            } => {
                print!("{text}");
                std::io::stdout().flush()?;
            }
            RunEvent::Observation { text, .. } => println!("\n> {text}"),
            RunEvent::RunFinished { result } => {
                println!("\nanswer: {} ({:?})", result.output_text(), result.state);
                assert!(result.is_success());
            }
            _ => {}
        }
    }
    Ok(())
}
