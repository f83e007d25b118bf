//! The step loop with a ToolCallingAgent and an in-process scripted model:
//! concurrency of tool calls, recovery, limits, planning, checks, memory,
//! cancellation and events.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use codeact::agent::{
    Agent, AgentMemory, MemoryStep, RunEvent, RunHandle, RunRequest, RunState, StepErrorKind,
};
use codeact::model::{ChatMessage, GenerateOptions, Model, Role, ScriptedModel, ToolCall};
use codeact::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};
use futures::StreamExt;
use serde_json::{Value, json};

/// `wait(seconds, label)`: sleeps on tokio's clock, returns the label.
struct Wait {
    spec: ToolSpec,
    calls: AtomicUsize,
}

impl Wait {
    fn new() -> Arc<Self> {
        Arc::new(Self {
            spec: ToolSpec::new("wait", "Waits, then returns the label.")
                .input(ToolInput::new(
                    "seconds",
                    "How long.",
                    json!({"type": "number"}),
                ))
                .input(ToolInput::new(
                    "label",
                    "What to return.",
                    json!({"type": "string"}),
                )),
            calls: AtomicUsize::new(0),
        })
    }
}

#[async_trait]
impl Tool for Wait {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }
    async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let seconds = args["seconds"].as_f64().unwrap_or(0.0);
        tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
        Ok(args["label"].clone())
    }
}

fn call(id: &str, name: &str, arguments: Value) -> ToolCall {
    ToolCall {
        id: id.into(),
        name: name.into(),
        arguments,
    }
}

fn calls_reply(calls: Vec<ToolCall>) -> ChatMessage {
    let mut reply = ChatMessage::assistant("");
    reply.content.clear();
    reply.tool_calls = calls;
    reply
}

fn steps_of(messages: &[ChatMessage]) -> usize {
    messages
        .iter()
        .filter(|m| m.role == Role::Assistant)
        .count()
        + 1
}

fn answer(value: Value) -> ChatMessage {
    calls_reply(vec![call("fa", "final_answer", json!({ "answer": value }))])
}

#[tokio::test(start_paused = true)]
async fn three_tool_calls_in_one_step_take_one_tools_time_and_keep_their_order() {
    let model = ScriptedModel::new(|messages, _| {
        Ok(match steps_of(messages) {
            1 => calls_reply(vec![
                call("a", "wait", json!({"seconds": 1.0, "label": "first"})),
                call("b", "wait", json!({"seconds": 3.0, "label": "second"})),
                call("c", "wait", json!({"seconds": 2.0, "label": "third"})),
            ]),
            _ => answer(json!("done")),
        })
    });
    let wait = Wait::new();
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([wait.clone() as Arc<dyn Tool>])
        .build()
        .unwrap();
    let started = tokio::time::Instant::now();
    let result = agent.arun("wait three times").await.unwrap();
    let elapsed = started.elapsed();

    assert_eq!(result.state, RunState::FinalAnswer);
    assert_eq!(result.output, Some(json!("done")));
    assert_eq!(wait.calls.load(Ordering::SeqCst), 3);
    // Concurrent: the longest call (3 s), not the sum (6 s).
    assert!(
        elapsed >= Duration::from_secs(3) && elapsed < Duration::from_secs(4),
        "{elapsed:?}"
    );
    let first = result.memory.action_steps().next().unwrap();
    let labels: Vec<&str> = first
        .tool_results
        .iter()
        .map(|r| r.observation.as_str())
        .collect();
    assert_eq!(labels, ["first", "second", "third"]);
    let ids: Vec<&str> = first
        .tool_results
        .iter()
        .map(|r| r.call_id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[tokio::test]
async fn a_wrong_tool_name_or_bad_arguments_become_observations() {
    let model = ScriptedModel::new(|messages, _| {
        Ok(match steps_of(messages) {
            1 => calls_reply(vec![call("x", "no_such_tool", json!({}))]),
            2 => calls_reply(vec![call("y", "wait", json!("not an object"))]),
            _ => answer(json!(42)),
        })
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .build()
        .unwrap();
    let result = agent.arun("try").await.unwrap();
    assert_eq!(result.state, RunState::FinalAnswer);
    assert_eq!(result.output, Some(json!(42)));
    let steps: Vec<_> = result.memory.action_steps().collect();
    assert_eq!(steps.len(), 3);
    assert!(steps[0].tool_results[0].is_error);
    assert!(
        steps[0].tool_results[0]
            .observation
            .contains("unknown tool `no_such_tool`"),
        "{}",
        steps[0].tool_results[0].observation
    );
    assert!(steps[1].tool_results[0].observation.contains("JSON object"));
    // The model saw both errors as tool messages.
    let messages = result.memory.to_messages(codeact::agent::MessageMode::Full);
    let tool_messages = messages.iter().filter(|m| m.role == Role::Tool).count();
    assert_eq!(tool_messages, 3);
}

#[tokio::test]
async fn tool_calls_written_as_text_are_parsed_for_models_without_native_calls() {
    let model = ScriptedModel::new(|messages, _| {
        Ok(ChatMessage::assistant(match steps_of(messages) {
            1 => {
                "Action:\n{\"name\": \"wait\", \"arguments\": {\"seconds\": 0, \"label\": \"hi\"}}"
            }
            _ => "Action:\n{\"name\": \"final_answer\", \"arguments\": {\"answer\": \"said hi\"}}",
        }))
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .build()
        .unwrap();
    let result = agent.arun("greet").await.unwrap();
    assert_eq!(result.output, Some(json!("said hi")));
    let first = result.memory.action_steps().next().unwrap();
    assert!(!first.native_tool_calls);
    assert_eq!(first.observation.as_deref(), Some("hi"));
}

#[tokio::test]
async fn a_reply_without_a_tool_call_is_corrected_by_an_observation() {
    let model = ScriptedModel::steps(["The answer is 4.", ""]).with_id("chatty");
    let model = ScriptedModel::new(move |messages, options| {
        if steps_of(messages) == 1 {
            model.generate(messages, options)
        } else {
            Ok(answer(json!(4)))
        }
    });
    let agent = Agent::tool_calling(Arc::new(model)).build().unwrap();
    let result = agent.arun("2+2").await.unwrap();
    assert_eq!(result.output, Some(json!(4)));
    let first = result.memory.action_steps().next().unwrap();
    assert_eq!(first.error.as_ref().unwrap().kind, StepErrorKind::Parsing);
}

#[tokio::test]
async fn max_steps_ends_with_the_models_best_answer() {
    let model = ScriptedModel::new(|messages, options| {
        if options.tools.is_empty() {
            // The last call, without tools: answer from the memory.
            assert!(messages.last().unwrap().text().contains("loop forever"));
            return Ok(ChatMessage::assistant("best guess"));
        }
        Ok(calls_reply(vec![call(
            "w",
            "wait",
            json!({"seconds": 0, "label": "again"}),
        )]))
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .max_steps(3)
        .build()
        .unwrap();
    let result = agent.arun("loop forever").await.unwrap();
    assert_eq!(result.state, RunState::MaxSteps);
    assert_eq!(result.output, Some(json!("best guess")));
    assert_eq!(result.steps, 3);
    let last = result.memory.action_steps().last().unwrap();
    assert_eq!(last.error.as_ref().unwrap().kind, StepErrorKind::MaxSteps);
}

#[tokio::test]
async fn a_final_answer_check_rejects_once_and_the_model_fixes_it() {
    let model = ScriptedModel::new(|messages, _| {
        let rejected = messages.iter().any(|m| m.text().contains("must be even"));
        Ok(answer(json!(if rejected { 8 } else { 7 })))
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .final_answer_check(|answer, _| {
            if answer.as_i64().is_some_and(|n| n % 2 == 0) {
                Ok(())
            } else {
                Err("the answer must be even".into())
            }
        })
        .build()
        .unwrap();
    let result = agent.arun("pick a number").await.unwrap();
    assert_eq!(result.output, Some(json!(8)));
    assert_eq!(result.steps, 2);
    let first = result.memory.action_steps().next().unwrap();
    assert_eq!(
        first.error.as_ref().unwrap().kind,
        StepErrorKind::FinalAnswerRejected
    );
}

#[tokio::test]
async fn planning_runs_first_and_every_interval() {
    let plans = Arc::new(AtomicUsize::new(0));
    let counter = plans.clone();
    let model = ScriptedModel::new(move |messages, options| {
        if options.stop.iter().any(|s| s == "<end_plan>") {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            if n > 0 {
                // Updates see a summary: no system prompt.
                assert_ne!(messages[1].role, Role::System);
                assert!(messages.last().unwrap().text().contains("steps are left"));
            }
            return Ok(ChatMessage::assistant(format!("plan {n}<end_plan>ignored")));
        }
        let actions = messages
            .iter()
            .filter(|m| m.role == Role::Assistant && !m.tool_calls.is_empty())
            .count();
        Ok(if actions < 4 {
            calls_reply(vec![call("w", "wait", json!({"seconds": 0, "label": "x"}))])
        } else {
            answer(json!("planned"))
        })
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .planning_interval(2)
        .build()
        .unwrap();
    let result = agent.arun("plan it").await.unwrap();
    assert_eq!(result.output, Some(json!("planned")));
    assert_eq!(result.steps, 5);
    // Before steps 1, 3 and 5.
    assert_eq!(plans.load(Ordering::SeqCst), 3);
    let planning: Vec<_> = result
        .memory
        .steps
        .iter()
        .filter_map(|s| match s {
            MemoryStep::Planning(p) => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(planning.len(), 3);
    assert!(planning[0].plan.contains("plan 0"));
    assert!(!planning[0].plan.contains("ignored"));
}

#[tokio::test]
async fn memory_is_saved_loaded_and_continued() {
    let model = ScriptedModel::new(|messages, _| {
        let tasks: Vec<String> = messages
            .iter()
            .filter(|m| m.role == Role::User && m.text().starts_with("New task:"))
            .map(|m| m.text())
            .collect();
        Ok(answer(json!(format!("{} tasks seen", tasks.len()))))
    });
    let agent = Agent::tool_calling(Arc::new(model)).build().unwrap();
    let first = agent.arun("remember 7").await.unwrap();
    assert_eq!(first.output, Some(json!("1 tasks seen")));

    let dir = std::env::temp_dir().join(format!("codeact-agent-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("run.json");
    first.memory.save(&path).unwrap();
    let loaded = AgentMemory::load(&path).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();

    let second = agent
        .arun(RunRequest::new("what did I say?").continue_from(loaded))
        .await
        .unwrap();
    assert_eq!(second.output, Some(json!("2 tasks seen")));
    assert_eq!(second.steps, 1);
    assert_eq!(second.memory.action_steps().count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_runs_of_one_agent_each_get_their_own_answer() {
    let model = ScriptedModel::new(|messages, _| {
        let task = messages
            .iter()
            .find(|m| m.role == Role::User)
            .map(|m| m.text())
            .unwrap_or_default();
        let n: u64 = task.rsplit(' ').next().unwrap().parse().unwrap();
        Ok(match steps_of(messages) {
            1 => calls_reply(vec![call(
                "w",
                "wait",
                json!({"seconds": 0.01, "label": n.to_string()}),
            )]),
            _ => {
                let seen: u64 = messages.last().unwrap().text().parse().unwrap();
                answer(json!(seen * 2))
            }
        })
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .build()
        .unwrap();
    let runs = (0..1000u64).map(|n| {
        let agent = agent.clone();
        tokio::spawn(async move { (n, agent.arun(format!("double {n}")).await.unwrap()) })
    });
    let results = futures::future::join_all(runs).await;
    assert_eq!(results.len(), 1000);
    for joined in results {
        let (n, result) = joined.unwrap();
        assert_eq!(result.output, Some(json!(n * 2)), "run {n}");
    }
}

#[test]
fn run_blocks_from_plain_code() {
    let agent = Agent::tool_calling(Arc::new(ScriptedModel::new(|_, _| {
        Ok(answer(json!("sync")))
    })))
    .build()
    .unwrap();
    assert_eq!(agent.run("x").unwrap().output, Some(json!("sync")));
}

#[tokio::test(flavor = "multi_thread")]
async fn run_works_inside_a_tokio_runtime() {
    let agent = Agent::tool_calling(Arc::new(ScriptedModel::new(|_, _| {
        Ok(answer(json!("inside")))
    })))
    .build()
    .unwrap();
    assert_eq!(agent.run("x").unwrap().output, Some(json!("inside")));
}

#[tokio::test(flavor = "current_thread")]
async fn run_works_inside_a_current_thread_runtime() {
    let agent = Agent::tool_calling(Arc::new(ScriptedModel::new(|_, _| Ok(answer(json!("ct"))))))
        .build()
        .unwrap();
    assert_eq!(agent.run("x").unwrap().output, Some(json!("ct")));
}

#[tokio::test(start_paused = true)]
async fn a_handle_cancels_a_run_and_a_deadline_ends_one() {
    let slow = || {
        ScriptedModel::new(|_, _| {
            Ok(calls_reply(vec![call(
                "w",
                "wait",
                json!({"seconds": 60, "label": "x"}),
            )]))
        })
    };
    let agent = Agent::tool_calling(Arc::new(slow()))
        .tools([Wait::new() as Arc<dyn Tool>])
        .build()
        .unwrap();

    let handle = RunHandle::new();
    let run = tokio::spawn(agent.arun(RunRequest::new("forever").handle(&handle)));
    tokio::time::sleep(Duration::from_secs(5)).await;
    handle.cancel();
    let cancelled = run.await.unwrap().unwrap();
    assert_eq!(cancelled.state, RunState::Cancelled);
    assert_eq!(cancelled.output, None);

    let timed = agent
        .arun(RunRequest::new("forever").timeout(Duration::from_secs(90)))
        .await
        .unwrap();
    assert_eq!(timed.state, RunState::DeadlineExceeded);
    // The first step (60 s) finished before the deadline.
    assert_eq!(timed.memory.action_steps().count(), 1);
}

#[tokio::test]
async fn a_failing_model_ends_the_run_with_its_error_and_keeps_memory() {
    let model = ScriptedModel::new(|_, _| {
        Err(codeact::model::ModelError::Config(
            "the key was revoked".into(),
        ))
    });
    let agent = Agent::tool_calling(Arc::new(model)).build().unwrap();
    let result = agent.arun("anything").await.unwrap();
    assert_eq!(result.state, RunState::Failed);
    assert!(
        result
            .error
            .as_deref()
            .unwrap()
            .contains("the key was revoked")
    );
    assert_eq!(result.memory.action_steps().count(), 1);
}

#[tokio::test]
async fn the_stream_reports_every_step_in_order_and_ends_with_the_result() {
    let model = ScriptedModel::new(|messages, _| {
        Ok(match steps_of(messages) {
            1 => calls_reply(vec![call(
                "w",
                "wait",
                json!({"seconds": 0, "label": "obs"}),
            )]),
            _ => answer(json!("streamed")),
        })
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .stream_outputs(true)
        .build()
        .unwrap();
    let events: Vec<RunEvent> = agent.arun_stream("go").collect().await;
    let mut kinds: Vec<&str> = events
        .iter()
        .map(|e| match e {
            RunEvent::RunStarted { .. } => "run_started",
            RunEvent::StepStarted { .. } => "step_started",
            RunEvent::ModelDelta { .. } => "delta",
            RunEvent::ModelOutput { .. } => "model_output",
            RunEvent::ToolCalls { .. } => "tool_calls",
            RunEvent::Observation { .. } => "observation",
            RunEvent::StepFinished { .. } => "step_finished",
            RunEvent::FinalAnswer { .. } => "final_answer",
            RunEvent::RunFinished { .. } => "run_finished",
            _ => "other",
        })
        .collect();
    // A reply streams as several deltas (the call, then the usage).
    kinds.dedup();
    assert_eq!(
        kinds,
        [
            "run_started",
            "step_started",
            "delta",
            "model_output",
            "tool_calls",
            "observation",
            "step_finished",
            "step_started",
            "delta",
            "model_output",
            "tool_calls",
            "step_finished",
            "final_answer",
            "run_finished"
        ]
    );
    let RunEvent::RunFinished { result } = events.last().unwrap() else {
        unreachable!()
    };
    assert_eq!(result.output, Some(json!("streamed")));
    // Events serialise for `--json` consumers.
    let line = serde_json::to_string(events.last().unwrap()).unwrap();
    assert!(line.starts_with("{\"event\":\"run_finished\""), "{line}");
}

#[tokio::test]
async fn step_callbacks_see_every_step() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let model = ScriptedModel::new(|messages, _| {
        Ok(match steps_of(messages) {
            1 => calls_reply(vec![call("w", "wait", json!({"seconds": 0, "label": "x"}))]),
            _ => answer(json!("ok")),
        })
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .step_callback(move |step| {
            log.lock().unwrap().push(match step {
                MemoryStep::Action(a) => format!("action {}", a.step_number),
                MemoryStep::FinalAnswer(_) => "final".to_owned(),
                _ => "other".to_owned(),
            })
        })
        .build()
        .unwrap();
    agent.arun("x").await.unwrap();
    assert_eq!(*seen.lock().unwrap(), ["action 1", "action 2", "final"]);
}

#[tokio::test(start_paused = true)]
async fn a_managed_agent_called_twice_in_parallel_runs_twice_with_separate_memories() {
    // The worker answers with the task it was given.
    let worker_model = ScriptedModel::new(|messages, _| {
        let task = messages
            .iter()
            .find(|m| m.role == Role::User)
            .map(|m| m.text())
            .unwrap_or_default();
        let city = if task.contains("Paris") {
            "Paris"
        } else {
            "Rome"
        };
        let user_turns = messages.iter().filter(|m| m.role == Role::User).count();
        assert_eq!(user_turns, 1, "each call has its own memory");
        Ok(answer(json!(format!("report on {city}"))))
    })
    .with_latency(Duration::from_secs(2));
    let worker = Agent::tool_calling(Arc::new(worker_model))
        .name("researcher")
        .description("Researches a city.")
        .build()
        .unwrap();
    let manager_model = ScriptedModel::new(|messages, _| {
        Ok(match steps_of(messages) {
            1 => calls_reply(vec![
                call("p", "researcher", json!({"task": "Research Paris"})),
                call("r", "researcher", json!({"task": "Research Rome"})),
            ]),
            _ => answer(json!("both done")),
        })
    });
    let manager = Agent::tool_calling(Arc::new(manager_model))
        .managed_agent(&worker)
        .build()
        .unwrap();
    assert!(manager.system_prompt().contains("researcher"));
    let started = tokio::time::Instant::now();
    let result = manager.arun("compare cities").await.unwrap();
    assert_eq!(result.output, Some(json!("both done")));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the two calls overlapped"
    );
    let first = result.memory.action_steps().next().unwrap();
    assert!(
        first.tool_results[0]
            .observation
            .contains("report on Paris")
    );
    assert!(first.tool_results[1].observation.contains("report on Rome"));
    assert!(first.tool_results[0].observation.contains("researcher"));
}

#[test]
fn options_of_every_step_carry_the_tools_and_stop_sequences() {
    let seen = Arc::new(Mutex::new(None::<GenerateOptions>));
    let record = seen.clone();
    let model = ScriptedModel::new(move |_, options| {
        *record.lock().unwrap() = Some(options.clone());
        Ok(answer(json!(1)))
    });
    let agent = Agent::tool_calling(Arc::new(model))
        .tools([Wait::new() as Arc<dyn Tool>])
        .build()
        .unwrap();
    agent.run("x").unwrap();
    let options = seen.lock().unwrap().clone().unwrap();
    let names: Vec<&str> = options.tools.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["wait", "final_answer"]);
    assert!(options.stop.contains(&"Observation:".to_string()));
}
