//! How often the embedded model solves simple tasks: 20 arithmetic, string
//! and date questions through the CodeAgent, each checked against its known
//! answer.
//!
//! ```text
//! cargo run --release -p codeact-cli --example local_eval [-- PATH.gguf]
//! ```
//! Without a path it uses (and on first use downloads) the default model.

use std::sync::Arc;
use std::time::Instant;

use codeact::agent::{Agent, PromptTemplates, RunState};
use codeact::exec::InProcessFactory;
use codeact::model::local::{LocalModel, default_model_path};

/// (task, expected answer as the final answer's text).
const TASKS: &[(&str, &str)] = &[
    ("What is 17 * 23?", "391"),
    ("What is 144 divided by 12?", "12"),
    ("What is 2 to the power of 10?", "1024"),
    ("What is 1234 + 5678?", "6912"),
    ("What is 100 minus 37?", "63"),
    ("What is the remainder of 100 divided by 7?", "2"),
    ("What is the square root of 81?", "9"),
    ("What is 15% of 200?", "30"),
    ("What is the sum of the numbers from 1 to 100?", "5050"),
    ("What is the largest of 3, 19, 7 and 12?", "19"),
    ("How many letters are in the word \"strawberry\"?", "10"),
    ("Reverse the string \"python\".", "nohtyp"),
    ("Convert \"hello world\" to upper case.", "HELLO WORLD"),
    (
        "How many times does the letter \"s\" appear in \"mississippi\"?",
        "4",
    ),
    ("What is the first word of \"the quick brown fox\"?", "the"),
    (
        "Join the words \"a\", \"b\" and \"c\" with dashes.",
        "a-b-c",
    ),
    ("What year comes 25 years after 1999?", "2024"),
    ("How many days are in February 2024?", "29"),
    ("What day of the week was 2000-01-01?", "Saturday"),
    (
        "How many days are there between 2024-01-01 and 2024-03-01?",
        "60",
    ),
];

fn normalise(text: &str) -> String {
    let text = text.trim().trim_matches('"').trim_matches('\'').trim();
    match text.parse::<f64>() {
        Ok(number) if number.fract() == 0.0 => format!("{}", number as i64),
        _ => text.to_owned(),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = match std::env::args().nth(1) {
        Some(path) => path.into(),
        None => default_model_path(|_, _| {}).await?,
    };
    let model = Arc::new(LocalModel::load(&path)?);
    let agent = Agent::code(model)
        .sandbox(Arc::new(InProcessFactory::default()))
        .prompts(PromptTemplates::code_agent_local())
        .max_steps(3)
        .build()?;
    let start = Instant::now();
    let mut solved = 0;
    for (task, expected) in TASKS {
        let result = agent.arun(*task).await?;
        let got = result.output_text();
        let right = result.state == RunState::FinalAnswer && normalise(&got) == *expected;
        solved += usize::from(right);
        println!(
            "{} {task:<70} expected {expected:<12} got {:<16} ({} steps)",
            if right { "PASS" } else { "FAIL" },
            normalise(&got),
            result.steps
        );
    }
    println!(
        "{solved}/{} solved in {:.1} s with {}",
        TASKS.len(),
        start.elapsed().as_secs_f64(),
        path.display()
    );
    Ok(())
}
