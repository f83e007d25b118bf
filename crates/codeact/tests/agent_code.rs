//! The CodeAgent end to end: real Python in the real sandbox, and real HTTP
//! to `codeact-mock` where a model is needed.

use std::sync::Arc;

use codeact::agent::{Agent, MemoryStep, RunState, StepErrorKind};
use codeact::exec::{ExecutorFactory, InProcessFactory};
use codeact::model::{ChatMessage, GenerateOptions, OpenAIModel, Role, ScriptedModel};
use codeact_mock::{MockConfig, MockServer};

fn sandbox() -> Arc<dyn ExecutorFactory> {
    Arc::new(InProcessFactory::default())
}

fn mock_model(server: &MockServer, id: &str) -> Arc<OpenAIModel> {
    Arc::new(
        OpenAIModel::builder(id)
            .base_url(server.base_url())
            .api_key("test")
            .build()
            .expect("ok"),
    )
}

fn step_number(messages: &[ChatMessage]) -> usize {
    messages
        .iter()
        .filter(|m| m.role == Role::Assistant)
        .count()
        + 1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_five_step_run_against_the_mock_ends_with_its_answer_through_arun() {
    let server = MockServer::start(MockConfig::default()).await.expect("ok");
    let agent = Agent::code(mock_model(&server, "mock-k5"))
        .sandbox(sandbox())
        .build()
        .expect("ok");
    let result = agent.arun("Compute it. [[42 apples]]").await.expect("ok");
    assert_eq!(result.state, RunState::FinalAnswer, "{:?}", result.error);
    assert_eq!(result.output_text(), "42 apples");
    assert_eq!(result.steps, 5);
    // The mock's code printed something at every step before the last.
    let observations: Vec<String> = result
        .memory
        .action_steps()
        .filter_map(|step| step.observation.clone())
        .collect();
    assert!(observations[0].contains("step 1 2"), "{observations:?}");
    assert!(observations[3].contains("step 4 8"), "{observations:?}");
    assert!(result.usage.total() > 0);
}

#[test]
fn a_five_step_run_against_the_mock_ends_with_its_answer_through_run() {
    let server = MockServer::start_blocking(MockConfig::default()).expect("ok");
    let agent = Agent::code(mock_model(&server, "mock-k5"))
        .sandbox(sandbox())
        .build()
        .expect("ok");
    let result = agent.run("Compute it. [[blocking answer]]").expect("ok");
    assert_eq!(result.state, RunState::FinalAnswer, "{:?}", result.error);
    assert_eq!(result.output_text(), "blocking answer");
    assert_eq!(result.steps, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_runs_over_http_each_get_their_own_answer() {
    let server = MockServer::start(MockConfig::default()).await.expect("ok");
    let agent = Agent::code(mock_model(&server, "mock-k3"))
        .sandbox(sandbox())
        .build()
        .expect("ok");
    let runs = (0..1000).map(|i| {
        let agent = agent.clone();
        tokio::spawn(async move { (i, agent.arun(format!("Task {i} [[answer-{i}]]")).await) })
    });
    let results = tokio::time::timeout(
        std::time::Duration::from_secs(120),
        futures::future::join_all(runs),
    )
    .await
    .expect("1,000 runs finish within two minutes");
    for joined in results {
        let (i, result) = joined.expect("ok");
        let result = result.expect("ok");
        assert_eq!(
            result.state,
            RunState::FinalAnswer,
            "run {i}: {:?}",
            result.error
        );
        assert_eq!(result.output_text(), format!("answer-{i}"));
        assert_eq!(result.steps, 3);
    }
}

#[tokio::test]
async fn state_persists_across_steps_and_additional_args_are_variables() {
    let model = Arc::new(ScriptedModel::steps([
        "Thought: keep a total.\n<code>\ntotal = sum(prices)\nprint(total)\n</code>",
        "Thought: done.\n<code>\nfinal_answer(total * 2)\n</code>",
    ]));
    let agent = Agent::code(model).sandbox(sandbox()).build().expect("ok");
    let request = codeact::agent::RunRequest::new("Double the total.")
        .additional_arg("prices", serde_json::json!([1, 2, 3]));
    let result = agent.arun(request).await.expect("ok");
    assert_eq!(result.output, Some(serde_json::json!(12)));
}

#[tokio::test]
async fn a_reply_without_code_and_an_exception_are_observations_the_model_recovers_from() {
    let model = Arc::new(ScriptedModel::steps([
        "I think the answer is 4.",
        "Thought: compute.\n<code>\nx = 1 / 0\n</code>",
        "Thought: fixed.\n<code>\nfinal_answer(4)\n</code>",
    ]));
    let agent = Agent::code(model).sandbox(sandbox()).build().expect("ok");
    let result = agent.arun("What is 2 + 2?").await.expect("ok");
    assert_eq!(result.state, RunState::FinalAnswer);
    assert_eq!(result.output, Some(serde_json::json!(4)));
    let errors: Vec<_> = result
        .memory
        .action_steps()
        .filter_map(|step| step.error.as_ref())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].kind, StepErrorKind::Parsing);
    assert!(
        errors[1].message.contains("ZeroDivisionError"),
        "{}",
        errors[1].message
    );
}

#[tokio::test]
async fn the_closing_tag_is_a_stop_sequence_and_max_steps_ends_with_a_best_answer() {
    let model = Arc::new(ScriptedModel::new(
        |messages: &[ChatMessage], options: &GenerateOptions| {
            if options.stop.is_empty() {
                // The final-answer call after max steps: no code expected.
                return Ok(ChatMessage::assistant("The best answer is 10."));
            }
            assert!(options.stop.iter().any(|s| s == "</code>"));
            Ok(ChatMessage::assistant(format!(
                "Thought: try.\n<code>\nn = {}\nprint(n)\n</code>",
                step_number(messages)
            )))
        },
    ));
    let agent = Agent::code(model)
        .sandbox(sandbox())
        .max_steps(3)
        .build()
        .expect("ok");
    let result = agent.arun("Never finishes.").await.expect("ok");
    assert_eq!(result.state, RunState::MaxSteps);
    assert_eq!(result.steps, 3);
    assert_eq!(result.output_text(), "The best answer is 10.");
    assert!(matches!(
        result.memory.steps.last(),
        Some(MemoryStep::FinalAnswer(_))
    ));
}
