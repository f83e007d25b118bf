//! How a CodeAgent acts: run the reply's Python in the run's sandbox session.

use super::RunEvent;
use super::memory::{ActionStep, StepError, StepErrorKind};
use super::parse;
use super::run::{Run, StepOutcome};
use crate::model::ChatMessage;

/// Parses the code out of `reply`, runs it, and records the observation.
pub(crate) async fn act(
    run: &mut Run<'_>,
    step: &mut ActionStep,
    reply: ChatMessage,
    open: &str,
    close: &str,
) -> StepOutcome {
    let mut text = reply.text();
    // The closing tag is a stop sequence, so replies arrive without it; put
    // it back so the history shows the model well-formed replies.
    if text.matches(open).count() > text.matches(close).count() {
        text.push_str(close);
    }
    let code = parse::extract_code(&text, open, close);
    step.model_output = Some(text);
    let Some(code) = code else {
        step.error = Some(StepError {
            kind: StepErrorKind::Parsing,
            message: format!(
                "Your reply has no code. Reply with a thought, then your code between \
                 '{open}' and '{close}', like this:\nThought: I will compute the total.\n\
                 {open}\ntotal = sum([1, 2, 3])\nprint(total)\n{close}"
            ),
        });
        return StepOutcome::Continue;
    };
    step.code = Some(code.clone());
    let step_number = step.step_number;
    run.sink.emit(|| RunEvent::Code {
        step: step_number,
        code: code.clone(),
    });

    let tools = &run.config.tools;
    let Some(executor) = run.executor.as_mut() else {
        // A CodeAgent's run always creates its session before the first step.
        return StepOutcome::Failed("the run has no sandbox session".into());
    };
    let executor = executor
        .get_mut()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let execution = match executor.execute(&code, tools).await {
        Ok(execution) => execution,
        Err(error) => {
            let message = format!("the sandbox failed: {error}");
            step.error = Some(StepError {
                kind: StepErrorKind::Execution,
                message: message.clone(),
            });
            return StepOutcome::Failed(message);
        }
    };

    let mut observation = String::new();
    if !execution.output.is_empty() {
        observation.push_str("Execution logs:\n");
        observation.push_str(execution.output.trim_end());
    }
    if let Some(value) = &execution.value {
        if !observation.is_empty() {
            observation.push('\n');
        }
        observation.push_str("Last output from code snippet:\n");
        observation.push_str(value);
    }
    for note in &execution.notes {
        if !observation.is_empty() {
            observation.push('\n');
        }
        observation.push_str(note);
    }
    if observation.is_empty() && execution.error.is_none() && execution.final_answer.is_none() {
        observation.push_str("The code ran and printed nothing. Use print() to see values.");
    }
    if !observation.is_empty() {
        run.observe(step, observation);
    }
    if let Some(error) = execution.error {
        step.error = Some(StepError {
            kind: StepErrorKind::Execution,
            message: error.to_string(),
        });
        return StepOutcome::Continue;
    }
    match execution.final_answer {
        Some(answer) => run.check_final_answer(step, answer),
        None => StepOutcome::Continue,
    }
}
