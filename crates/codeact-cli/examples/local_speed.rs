//! Generation speed of the embedded model: tokens per second for a fixed
//! prompt, greedy, 128 new tokens, best of three runs (the first also warms
//! the caches).
//!
//! ```text
//! cargo run --release -p codeact-cli --example local_speed [-- PATH.gguf]
//! ```

use std::time::Instant;

use codeact::model::local::{LocalModel, default_model_path};
use codeact::model::{ChatMessage, GenerateOptions, Model};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = match std::env::args().nth(1) {
        Some(path) => path.into(),
        None => default_model_path(|_, _| {}).await?,
    };
    let model = LocalModel::load(&path)?;
    let messages = [ChatMessage::user(
        "Write a long story about a lighthouse keeper who finds a message in a bottle.",
    )];
    let options = GenerateOptions::default().with_max_tokens(128);
    let mut best = 0f64;
    for run in 1..=3 {
        let start = Instant::now();
        let reply = model.agenerate(&messages, &options).await?;
        let seconds = start.elapsed().as_secs_f64();
        let usage = reply.usage.unwrap_or_default();
        let rate = usage.output_tokens as f64 / seconds;
        best = best.max(rate);
        println!(
            "run {run}: {} prompt + {} new tokens in {seconds:.2} s = {rate:.1} tokens/s (prompt included)",
            usage.input_tokens, usage.output_tokens
        );
    }
    println!("best: {best:.1} tokens/s");
    Ok(())
}
