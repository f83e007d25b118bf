//! A run's memory saved to JSON, loaded back and continued.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example memory
//! ```

use std::sync::Arc;

use codeact::agent::{Agent, AgentMemory, RunRequest};
use codeact::model::OpenAIModel;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let model = OpenAIModel::builder("mock-k2")
        .base_url(base_url)
        .api_key("none")
        .build()?;
    let agent = Agent::code(Arc::new(model)).build()?;

    let first = agent.run("Remember the number 7. [[7]]")?;
    let path = std::env::temp_dir().join(format!("codeact-memory-{}.json", std::process::id()));
    first.memory.save(&path)?;

    let memory = AgentMemory::load(&path)?;
    std::fs::remove_file(&path)?;
    let second = agent.run(RunRequest::new("Now double it. [[14]]").continue_from(memory))?;
    println!(
        "first: {}, second: {}, steps in memory: {}",
        first.output_text(),
        second.output_text(),
        second.memory_steps().len()
    );
    assert!(second.memory_steps().len() > first.memory_steps().len());
    Ok(())
}
