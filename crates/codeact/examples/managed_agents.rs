//! An agent given to another as a tool. Each call runs with its own memory,
//! so the manager may call it several times at once.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example managed_agents
//! ```

use std::sync::Arc;

use codeact::agent::Agent;
use codeact::model::OpenAIModel;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let model = Arc::new(
        OpenAIModel::builder("mock-k2")
            .base_url(base_url)
            .api_key("none")
            .build()?,
    );
    let researcher = Agent::code(model.clone())
        .name("researcher")
        .description("Finds facts. Give it a precise question.")
        .build()?;
    let manager = Agent::code(model).managed_agent(&researcher).build()?;

    let result = manager.run("Ask the researcher, then answer. [[done]]")?;
    println!("answer: {}", result.output_text());
    assert!(result.is_success());
    Ok(())
}
