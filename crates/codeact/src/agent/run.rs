//! The step loop: memory → messages → model → action → observation, until a
//! final answer, the step limit, a failure, or a stop from outside.

use std::sync::Arc;
use std::time::Instant;

use futures::StreamExt;
use tokio::sync::mpsc;
use tracing::{Instrument, field};

use super::events::{RunEvent, RunResult, RunState};
use super::interrupt::Interrupt;
use super::memory::{
    ActionStep, AgentMemory, FinalAnswerStep, MemoryStep, MessageMode, PlanningStep, StepError,
    StepErrorKind, TaskStep, Timing,
};
use super::prompts::names;
use super::{AgentConfig, AgentError, AgentKind, RunRequest, code_step, tool_step};
use crate::exec::CodeExecutor;
use crate::model::{ChatMessage, GenerateOptions, ModelError, StreamAccumulator, TokenUsage};

/// Where events go: nowhere for `arun`, a channel for `arun_stream`. Events
/// are built only when someone listens.
pub(crate) struct EventSink(Option<mpsc::UnboundedSender<RunEvent>>);

impl EventSink {
    pub(crate) fn none() -> Self {
        Self(None)
    }

    pub(crate) fn channel(sender: mpsc::UnboundedSender<RunEvent>) -> Self {
        Self(Some(sender))
    }

    pub(crate) fn emit(&self, event: impl FnOnce() -> RunEvent) {
        if let Some(sender) = &self.0 {
            // A closed channel means the stream was dropped, and with it this
            // run's future: nothing is left to tell.
            let _ = sender.send(event());
        }
    }
}

/// How an action step ended.
pub(crate) enum StepOutcome {
    /// The loop goes on.
    Continue,
    /// The run has its answer.
    FinalAnswer(serde_json::Value),
    /// The run cannot go on (a model call failed).
    Failed(String),
}

/// The state of one run.
pub(crate) struct Run<'a> {
    pub(crate) config: &'a AgentConfig,
    pub(crate) sink: EventSink,
    pub(crate) memory: AgentMemory,
    /// The sandbox session (CodeAgent). Inside a `Mutex` only to make the run
    /// `Sync`; it is reached through `get_mut`, never locked.
    pub(crate) executor: Option<std::sync::Mutex<Box<dyn CodeExecutor>>>,
    pub(crate) additional_args: serde_json::Map<String, serde_json::Value>,
    interrupt: Interrupt,
    task: String,
}

pub(crate) async fn run(
    config: Arc<AgentConfig>,
    request: RunRequest,
    sink: EventSink,
) -> Result<RunResult, AgentError> {
    let span = tracing::info_span!(
        "agent.run",
        agent = %config.name,
        model = %config.model.model_id(),
        steps = field::Empty,
        input_tokens = field::Empty,
        output_tokens = field::Empty,
        state = field::Empty,
        duration_ms = field::Empty,
    );
    async move {
        let result = drive(&config, request, sink).await?;
        let span = tracing::Span::current();
        span.record("steps", result.steps);
        span.record("input_tokens", result.usage.input_tokens);
        span.record("output_tokens", result.usage.output_tokens);
        span.record("state", field::debug(result.state));
        span.record("duration_ms", result.duration_ms);
        Ok(result)
    }
    .instrument(span)
    .await
}

/// The result of a run that could not start, for streams, which report
/// everything as events.
pub(crate) fn failed_to_start(error: AgentError) -> RunResult {
    RunResult {
        output: None,
        state: RunState::Failed,
        error: Some(error.to_string()),
        steps: 0,
        usage: TokenUsage::default(),
        duration_ms: 0.0,
        memory: AgentMemory::new(""),
    }
}

async fn drive(
    config: &AgentConfig,
    request: RunRequest,
    sink: EventSink,
) -> Result<RunResult, AgentError> {
    let started = Instant::now();
    let RunRequest {
        task,
        images,
        additional_args,
        memory,
        max_steps,
        timeout,
        handle,
    } = request;
    let deadline = timeout
        .or(config.timeout)
        .map(|timeout| tokio::time::Instant::now() + timeout);
    let interrupt = Interrupt::new(handle, deadline);

    let task = task_with_arguments(task, &additional_args);
    let mut memory = memory.unwrap_or_else(|| AgentMemory::new(""));
    memory.system_prompt.clone_from(&config.system_prompt);
    let first_step_of_memory = memory.steps.len();
    memory.steps.push(MemoryStep::Task(TaskStep {
        task: task.clone(),
        images,
    }));
    sink.emit(|| RunEvent::RunStarted { task: task.clone() });

    let executor = match &config.kind {
        AgentKind::Code { sandbox, .. } => {
            let mut executor = sandbox.create().await?;
            if !additional_args.is_empty() {
                executor.set_variables(additional_args.clone()).await?;
            }
            Some(std::sync::Mutex::new(executor))
        }
        AgentKind::ToolCalling => None,
    };

    let mut run = Run {
        config,
        sink,
        memory,
        executor,
        additional_args,
        interrupt,
        task,
    };
    let max_steps = max_steps.unwrap_or(config.max_steps).max(1);
    let (state, output, error, steps) = run.step_loop(max_steps, first_step_of_memory).await;

    let usage = run.memory.steps[first_step_of_memory..]
        .iter()
        .filter_map(|step| match step {
            MemoryStep::Action(action) => action.usage,
            MemoryStep::Planning(plan) => Some(plan.usage),
            _ => None,
        })
        .fold(TokenUsage::default(), |total, usage| total + usage);
    if let Some(output) = &output {
        let step = MemoryStep::FinalAnswer(FinalAnswerStep {
            output: output.clone(),
        });
        run.after_step(&step);
        run.memory.steps.push(step);
        run.sink.emit(|| RunEvent::FinalAnswer {
            output: output.clone(),
        });
    }
    let result = RunResult {
        output,
        state,
        error,
        steps,
        usage,
        duration_ms: started.elapsed().as_secs_f64() * 1000.0,
        memory: run.memory,
    };
    run.sink.emit(|| RunEvent::RunFinished {
        result: Box::new(result.clone()),
    });
    Ok(result)
}

/// The task as the model sees it: with the names of the additional
/// arguments, which the code can use as variables.
fn task_with_arguments(
    task: String,
    additional_args: &serde_json::Map<String, serde_json::Value>,
) -> String {
    if additional_args.is_empty() {
        return task;
    }
    let mut described = String::new();
    for (name, value) in additional_args {
        let mut preview = value.to_string();
        if preview.len() > 200 {
            let cut = (0..=200)
                .rev()
                .find(|&i| preview.is_char_boundary(i))
                .unwrap_or(0);
            preview.truncate(cut);
            preview.push('…');
        }
        described.push_str(&format!("\n- {name}: {preview}"));
    }
    format!(
        "{task}\n\nYou have been given these additional arguments, available by name as variables:{described}"
    )
}

impl Run<'_> {
    /// Steps until an answer, the limit, a failure or a stop. Returns the
    /// state, the output, the error and the number of action steps.
    async fn step_loop(
        &mut self,
        max_steps: u32,
        first_step_of_memory: usize,
    ) -> (RunState, Option<serde_json::Value>, Option<String>, u32) {
        // A clone, so the guarded futures may borrow the run mutably.
        let interrupt = self.interrupt.clone();
        let mut step_number = 1;
        while step_number <= max_steps {
            if self.planning_due(step_number) {
                let is_first = self.memory.steps.len() == first_step_of_memory + 1;
                match interrupt
                    .guard(self.plan(is_first, step_number, max_steps))
                    .await
                {
                    Err(stop) => {
                        return (
                            stop.state(),
                            None,
                            Some(stop.message().into()),
                            step_number - 1,
                        );
                    }
                    Ok(Err(error)) => {
                        return (
                            RunState::Failed,
                            None,
                            Some(error.to_string()),
                            step_number - 1,
                        );
                    }
                    Ok(Ok(plan)) => {
                        let step = MemoryStep::Planning(plan.clone());
                        self.after_step(&step);
                        self.memory.steps.push(step);
                        self.sink.emit(|| RunEvent::Planning { plan });
                    }
                }
            }

            self.sink
                .emit(|| RunEvent::StepStarted { step: step_number });
            let span = tracing::info_span!(
                "agent.step",
                step = step_number,
                input_tokens = field::Empty,
                output_tokens = field::Empty,
                duration_ms = field::Empty,
            );
            let action = self.action_step(step_number).instrument(span.clone());
            let (mut record, outcome) = match interrupt.guard(action).await {
                Err(stop) => {
                    return (
                        stop.state(),
                        None,
                        Some(stop.message().into()),
                        step_number - 1,
                    );
                }
                Ok(done) => done,
            };
            if let Some(usage) = record.usage {
                span.record("input_tokens", usage.input_tokens);
                span.record("output_tokens", usage.output_tokens);
            }
            span.record("duration_ms", record.timing.duration_ms);
            if let Some(error) = &record.error {
                let error = error.clone();
                self.sink.emit(|| RunEvent::StepError {
                    step: step_number,
                    error,
                });
            }
            if let StepOutcome::FinalAnswer(answer) = &outcome {
                record.final_answer = Some(answer.clone());
            }
            let step = MemoryStep::Action(record);
            self.after_step(&step);
            self.memory.steps.push(step);
            // The record is copied for the event only when someone listens.
            if let Some(MemoryStep::Action(record)) = self.memory.steps.last() {
                self.sink.emit(|| RunEvent::StepFinished {
                    record: record.clone(),
                });
            }
            match outcome {
                StepOutcome::Continue => step_number += 1,
                StepOutcome::FinalAnswer(answer) => {
                    return (RunState::FinalAnswer, Some(answer), None, step_number);
                }
                StepOutcome::Failed(error) => {
                    return (RunState::Failed, None, Some(error), step_number);
                }
            }
        }

        let steps = max_steps;
        match interrupt.guard(self.answer_from_memory(step_number)).await {
            Err(stop) => (stop.state(), None, Some(stop.message().into()), steps),
            Ok(Err(error)) => (RunState::Failed, None, Some(error.to_string()), steps),
            Ok(Ok(answer)) => (RunState::MaxSteps, Some(answer), None, steps),
        }
    }

    fn planning_due(&self, step_number: u32) -> bool {
        self.config
            .planning_interval
            .is_some_and(|interval| step_number == 1 || (step_number - 1).is_multiple_of(interval))
    }

    /// Runs the step callbacks.
    fn after_step(&self, step: &MemoryStep) {
        for callback in &self.config.step_callbacks {
            callback(step);
        }
    }

    /// One think-act-observe step.
    async fn action_step(&mut self, step_number: u32) -> (ActionStep, StepOutcome) {
        let (timing, started) = Timing::start();
        let mut step = ActionStep::new(step_number, timing);
        let messages = self.memory.to_messages(MessageMode::Full);
        let reply = self
            .call_model(&messages, &self.config.step_options, step_number)
            .await;
        let outcome = match reply {
            Err(error) => {
                let message = format!("the model call failed: {error}");
                step.error = Some(StepError {
                    kind: StepErrorKind::Model,
                    message: message.clone(),
                });
                StepOutcome::Failed(message)
            }
            Ok(reply) => {
                step.usage = reply.usage;
                let config = self.config;
                match &config.kind {
                    AgentKind::Code {
                        open_tag,
                        close_tag,
                        ..
                    } => code_step::act(self, &mut step, reply, open_tag, close_tag).await,
                    AgentKind::ToolCalling => tool_step::act(self, &mut step, reply).await,
                }
            }
        };
        step.timing.finish(started);
        (step, outcome)
    }

    /// Applies the final-answer checks; a rejection becomes the step's error.
    pub(crate) fn check_final_answer(
        &self,
        step: &mut ActionStep,
        answer: serde_json::Value,
    ) -> StepOutcome {
        for check in &self.config.final_answer_checks {
            if let Err(reason) = check(&answer, &self.memory) {
                step.error = Some(StepError {
                    kind: StepErrorKind::FinalAnswerRejected,
                    message: format!("Your final answer was rejected: {reason}"),
                });
                return StepOutcome::Continue;
            }
        }
        StepOutcome::FinalAnswer(answer)
    }

    /// Emits the observation and caps its length.
    pub(crate) fn observe(&self, step: &mut ActionStep, observation: String) {
        let observation = truncate_middle(observation, self.config.max_observation_chars);
        let step_number = step.step_number;
        self.sink.emit(|| RunEvent::Observation {
            step: step_number,
            text: observation.clone(),
        });
        step.observation = Some(observation);
    }

    /// One model call, streamed when the agent streams, with its span and
    /// events.
    pub(crate) async fn call_model(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
        step_number: u32,
    ) -> Result<ChatMessage, ModelError> {
        let model = &self.config.model;
        let span = tracing::info_span!(
            "model.generate",
            model = %model.model_id(),
            step = step_number,
            messages = messages.len(),
            input_tokens = field::Empty,
            output_tokens = field::Empty,
            duration_ms = field::Empty,
        );
        let started = Instant::now();
        let reply = async {
            if !self.config.stream_outputs {
                return model.agenerate(messages, options).await;
            }
            let mut stream = model.agenerate_stream(messages, options).await?;
            let mut reply = StreamAccumulator::default();
            while let Some(event) = stream.next().await {
                let event = event?;
                reply.push(&event);
                self.sink.emit(|| RunEvent::ModelDelta {
                    step: step_number,
                    delta: event,
                });
            }
            reply.finish()
        }
        .instrument(span.clone())
        .await;
        let duration_ms = started.elapsed().as_secs_f64() * 1000.0;
        span.record("duration_ms", duration_ms);
        if let Ok(reply) = &reply {
            if let Some(usage) = reply.usage {
                span.record("input_tokens", usage.input_tokens);
                span.record("output_tokens", usage.output_tokens);
            }
            self.sink.emit(|| RunEvent::ModelOutput {
                step: step_number,
                text: reply.text(),
                usage: reply.usage,
                duration_ms,
            });
        }
        reply
    }

    /// A planning step: the first plan, or an update from a summary of the
    /// work so far.
    async fn plan(
        &self,
        is_first: bool,
        step_number: u32,
        max_steps: u32,
    ) -> Result<PlanningStep, PlanError> {
        let (mut timing, started) = Timing::start();
        let prompts = &self.config.prompts;
        let messages = if is_first {
            let prompt = prompts.render(
                names::INITIAL_PLAN,
                minijinja::context! { task => self.task.clone() },
            )?;
            vec![ChatMessage::user(prompt)]
        } else {
            let pre = prompts.render(
                names::UPDATE_PLAN_PRE,
                minijinja::context! { task => self.task.clone() },
            )?;
            let post = prompts.render(
                names::UPDATE_PLAN_POST,
                minijinja::context! {
                    task => self.task.clone(),
                    remaining_steps => max_steps.saturating_sub(step_number) + 1,
                },
            )?;
            let mut messages = vec![ChatMessage::system(pre)];
            messages.extend(self.memory.to_messages(MessageMode::Summary));
            messages.push(ChatMessage::user(post));
            messages
        };
        let mut options = self.config.base_options.clone();
        options.stop.push("<end_plan>".to_owned());
        let reply = self.call_model(&messages, &options, 0).await?;
        let text = reply.text();
        let body = text.trim();
        let plan = if is_first {
            format!("Here are the facts I know and my plan for the task:\n```\n{body}\n```")
        } else {
            format!(
                "I still need to solve this task:\n```\n{}\n```\n\nHere are the facts I know and my updated plan:\n```\n{body}\n```",
                self.task
            )
        };
        timing.finish(started);
        Ok(PlanningStep {
            plan,
            model_output: text,
            usage: reply.usage.unwrap_or_default(),
            timing,
        })
    }

    /// The last call when the steps ran out: the model answers from its
    /// memory. Recorded as a step with a `MaxSteps` error.
    async fn answer_from_memory(
        &mut self,
        step_number: u32,
    ) -> Result<serde_json::Value, PlanError> {
        let (timing, started) = Timing::start();
        let prompts = &self.config.prompts;
        let pre = prompts.render(names::FINAL_PRE, minijinja::Value::from(()))?;
        let post = prompts.render(
            names::FINAL_POST,
            minijinja::context! { task => self.task.clone() },
        )?;
        let mut messages = vec![ChatMessage::system(pre)];
        messages.extend(
            self.memory
                .to_messages(MessageMode::Full)
                .into_iter()
                .skip(1),
        );
        messages.push(ChatMessage::user(post));
        let reply = self
            .call_model(&messages, &self.config.base_options, step_number)
            .await;
        let mut step = ActionStep::new(step_number, timing);
        step.error = Some(StepError {
            kind: StepErrorKind::MaxSteps,
            message: "The step limit was reached; the answer was asked for from the work so far."
                .into(),
        });
        let outcome = reply.map(|reply| {
            step.usage = reply.usage;
            let answer = serde_json::Value::String(reply.text());
            step.model_output = Some(reply.text());
            step.final_answer = Some(answer.clone());
            answer
        });
        step.timing.finish(started);
        let step = MemoryStep::Action(step);
        self.after_step(&step);
        self.memory.steps.push(step);
        Ok(outcome?)
    }
}

/// A planning or final-answer call that failed.
#[derive(Debug, thiserror::Error)]
enum PlanError {
    #[error(transparent)]
    Prompt(#[from] super::PromptError),
    #[error("the model call failed: {0}")]
    Model(#[from] ModelError),
}

/// Cuts the middle out of text longer than `max` characters, saying so.
pub(crate) fn truncate_middle(text: String, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text;
    }
    let keep = max / 2;
    let head: String = text.chars().take(keep).collect();
    let tail: String = text.chars().skip(count - keep).collect();
    format!(
        "{head}\n[… {} characters cut to keep the observation under {max} …]\n{tail}",
        count - 2 * keep
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::interrupt::Stop;

    #[test]
    fn long_observations_keep_head_and_tail() {
        let text = format!("{}{}", "a".repeat(150), "b".repeat(150));
        let cut = truncate_middle(text, 100);
        assert!(cut.starts_with(&"a".repeat(50)));
        assert!(cut.ends_with(&"b".repeat(50)));
        assert!(cut.contains("200 characters cut"));
    }

    #[test]
    fn short_observations_are_untouched() {
        assert_eq!(truncate_middle("abc".into(), 100), "abc");
    }

    #[test]
    fn additional_arguments_are_named_in_the_task() {
        let mut args = serde_json::Map::new();
        args.insert("prices".into(), serde_json::json!([1, 2]));
        let task = task_with_arguments("Sum them.".into(), &args);
        assert!(task.starts_with("Sum them.\n\n"));
        assert!(task.ends_with("- prices: [1,2]"));
    }

    #[test]
    fn stop_messages_are_stable() {
        assert_eq!(Stop::Cancelled.state(), RunState::Cancelled);
        assert_eq!(Stop::Deadline.state(), RunState::DeadlineExceeded);
    }
}
