//! A CodeAgent run from plain `main`, no async in sight.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example blocking_run
//! ```

use std::sync::Arc;

use codeact::agent::Agent;
use codeact::model::OpenAIModel;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = OpenAIModel::builder(model_id())
        .base_url(base_url())
        .api_key(std::env::var("OPENAI_API_KEY").unwrap_or_else(|_| "none".into()))
        .build()?;
    let agent = Agent::code(Arc::new(model)).max_steps(8).build()?;

    let result = agent.run("What is 17 * 23? [[391]]")?;
    println!("{} after {} steps", result.output_text(), result.steps);
    assert!(result.is_success(), "the run ended with {:?}", result.state);
    Ok(())
}

fn base_url() -> String {
    std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into())
}

fn model_id() -> String {
    std::env::var("CODEACT_EXAMPLE_MODEL").unwrap_or_else(|_| "mock-k3".into())
}
