//! Many runs of one agent at once: each `arun` is a small future, not a
//! thread, and each run owns its memory.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 --latency-ms 200 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example concurrent_runs
//! ```

use std::sync::Arc;
use std::time::Instant;

use codeact::agent::Agent;
use codeact::model::OpenAIModel;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let model = OpenAIModel::builder("mock-k3")
        .base_url(base_url)
        .api_key("none")
        .build()?;
    let agent = Agent::code(Arc::new(model)).build()?;

    let started = Instant::now();
    let runs = (0..100).map(|i| {
        let agent = agent.clone();
        tokio::spawn(async move { (i, agent.arun(format!("Task {i} [[answer-{i}]]")).await) })
    });
    for joined in futures::future::join_all(runs).await {
        let (i, result) = joined?;
        let result = result?;
        assert_eq!(result.output_text(), format!("answer-{i}"));
    }
    println!("100 runs of 3 steps in {:.2?}", started.elapsed());
    Ok(())
}
