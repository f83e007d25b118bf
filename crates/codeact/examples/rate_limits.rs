//! Rate limits and retries are models that wrap a model: every provider gets
//! them, and every clone of the wrapped model shares one budget.
//!
//! ```sh
//! cargo run -p codeact-mock -- --port 8080 --rpm 120 &
//! OPENAI_BASE_URL=http://127.0.0.1:8080/v1 cargo run -p codeact --example rate_limits
//! ```

use std::sync::Arc;
use std::time::Instant;

use codeact::agent::Agent;
use codeact::model::{Model, OpenAIModel, RateLimit, RateLimitedModel, RetryingModel};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("OPENAI_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/v1".into());
    let provider = OpenAIModel::builder("mock-k2")
        .base_url(base_url)
        .api_key("none")
        .build()?;
    // Retries (with backoff, honouring Retry-After) inside the limiter, so a
    // retried request waits for its turn like any other.
    let model: Arc<dyn Model> = Arc::new(RateLimitedModel::new(
        Arc::new(RetryingModel::new(Arc::new(provider))),
        RateLimit::requests_per_minute(600),
    ));
    let agent = Agent::code(model).build()?;

    let started = Instant::now();
    let runs = (0..10).map(|i| agent.arun(format!("Task {i} [[{i}]]")));
    for (i, result) in futures::future::join_all(runs)
        .await
        .into_iter()
        .enumerate()
    {
        assert_eq!(result?.output_text(), i.to_string());
    }
    println!("20 requests within 600/min in {:.2?}", started.elapsed());
    Ok(())
}
