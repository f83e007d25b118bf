//! How a ToolCallingAgent acts: make the reply's tool calls, concurrently,
//! and give their results back in order.

use std::time::Instant;

use futures::future::join_all;
use serde_json::Value;
use tracing::Instrument;

use super::RunEvent;
use super::memory::{ActionStep, StepError, StepErrorKind, ToolResult};
use super::parse;
use super::run::{Run, StepOutcome};
use crate::model::{ChatMessage, ToolCall};
use crate::tool::{ToolArgs, ToolError, ToolSet};

const FINAL_ANSWER: &str = "final_answer";

/// Makes the tool calls of `reply` and records their results.
pub(crate) async fn act(
    run: &mut Run<'_>,
    step: &mut ActionStep,
    reply: ChatMessage,
) -> StepOutcome {
    let text = reply.text();
    let native = !reply.tool_calls.is_empty();
    let calls = if native {
        reply.tool_calls
    } else {
        parse::text_tool_calls(&text, step.step_number)
    };
    step.model_output = (!text.is_empty()).then_some(text);
    if calls.is_empty() {
        step.error = Some(StepError {
            kind: StepErrorKind::Parsing,
            message: "Your reply has no tool call. Call a tool; to give the answer, call \
                      `final_answer`."
                .into(),
        });
        return StepOutcome::Continue;
    }
    step.native_tool_calls = native;
    step.tool_calls = calls.clone();
    let step_number = step.step_number;
    run.sink.emit(|| RunEvent::ToolCalls {
        step: step_number,
        calls: calls.clone(),
    });

    if calls.iter().any(|call| call.name == FINAL_ANSWER) {
        return final_answer(run, step, &calls);
    }

    let tools = &run.config.tools;
    let state = &run.additional_args;
    let outcomes = join_all(calls.iter().map(|call| call_tool(tools, call, state))).await;
    step.tool_results = calls
        .iter()
        .zip(outcomes)
        .map(|(call, outcome)| {
            let (observation, is_error) = match outcome {
                Ok(value) => (value_text(&value), false),
                Err(error) => (format!("Error: {error}"), true),
            };
            ToolResult {
                call_id: call.id.clone(),
                name: call.name.clone(),
                observation,
                is_error,
            }
        })
        .collect();
    let observation = step
        .tool_results
        .iter()
        .map(|result| {
            if step.tool_results.len() == 1 {
                result.observation.clone()
            } else {
                format!("{}: {}", result.name, result.observation)
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    run.observe(step, observation);
    if step.tool_results.iter().all(|result| result.is_error) {
        step.error = Some(StepError {
            kind: StepErrorKind::ToolCall,
            message: "Every tool call of this step failed; see the results above.".into(),
        });
    }
    StepOutcome::Continue
}

/// The step called `final_answer`: it must be the step's only call.
fn final_answer(run: &mut Run<'_>, step: &mut ActionStep, calls: &[ToolCall]) -> StepOutcome {
    if calls.len() > 1 {
        let message = "`final_answer` must be the only tool call of its step; none of this step's \
                       calls were made."
            .to_owned();
        step.tool_results = calls
            .iter()
            .map(|call| ToolResult {
                call_id: call.id.clone(),
                name: call.name.clone(),
                observation: format!("Not run: {message}"),
                is_error: true,
            })
            .collect();
        step.error = Some(StepError {
            kind: StepErrorKind::ToolCall,
            message,
        });
        return StepOutcome::Continue;
    }
    let call = &calls[0];
    let answer = match arguments(&call.arguments) {
        Ok(mut args) => {
            substitute_state(&mut args, &run.additional_args);
            match args.remove("answer") {
                Some(answer) => answer,
                None if args.len() == 1 => args.into_iter().next().map_or(Value::Null, |(_, v)| v),
                None => Value::Object(args),
            }
        }
        Err(_) => call.arguments.clone(),
    };
    step.tool_results = vec![ToolResult {
        call_id: call.id.clone(),
        name: call.name.clone(),
        observation: value_text(&answer),
        is_error: false,
    }];
    run.check_final_answer(step, answer)
}

/// One tool call, with its span; arguments naming an additional argument
/// get its value.
async fn call_tool(tools: &ToolSet, call: &ToolCall, state: &ToolArgs) -> Result<Value, ToolError> {
    let span = tracing::info_span!(
        "tool.call",
        tool = %call.name,
        call_id = %call.id,
        duration_ms = tracing::field::Empty,
        error = tracing::field::Empty,
    );
    let started = Instant::now();
    let outcome = async {
        let mut args = arguments(&call.arguments).map_err(|got| ToolError::InvalidArgument {
            tool: call.name.clone(),
            argument: "(all)".into(),
            expected: "a JSON object of named arguments".into(),
            got,
        })?;
        substitute_state(&mut args, state);
        tools.call(&call.name, args).await
    }
    .instrument(span.clone())
    .await;
    span.record("duration_ms", started.elapsed().as_secs_f64() * 1000.0);
    if let Err(error) = &outcome {
        span.record("error", tracing::field::display(error));
    }
    outcome
}

/// The arguments as an object: JSON objects as they are, JSON in a string
/// parsed, nothing as no arguments.
fn arguments(arguments: &Value) -> Result<ToolArgs, String> {
    match arguments {
        Value::Object(map) => Ok(map.clone()),
        Value::Null => Ok(ToolArgs::new()),
        Value::String(text) => match serde_json::from_str(text) {
            Ok(Value::Object(map)) => Ok(map),
            _ => Err(format!("the string {text:?}")),
        },
        other => Err(other.to_string()),
    }
}

/// Replaces string arguments that name an additional argument with its value.
fn substitute_state(args: &mut ToolArgs, state: &ToolArgs) {
    if state.is_empty() {
        return;
    }
    for value in args.values_mut() {
        if let Value::String(name) = value
            && let Some(replacement) = state.get(name.as_str())
        {
            *value = replacement.clone();
        }
    }
}

/// A value as the model reads it: strings as they are, the rest as JSON.
fn value_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn arguments_accept_objects_json_strings_and_nothing() {
        assert_eq!(arguments(&json!({"a": 1})).unwrap()["a"], 1);
        assert_eq!(arguments(&json!("{\"a\": 2}")).unwrap()["a"], 2);
        assert!(arguments(&Value::Null).unwrap().is_empty());
        assert_eq!(arguments(&json!([1])).unwrap_err(), "[1]");
    }

    #[test]
    fn state_names_become_values() {
        let mut args = arguments(&json!({"data": "prices", "n": "prices?"})).unwrap();
        let state = arguments(&json!({"prices": [1, 2]})).unwrap();
        substitute_state(&mut args, &state);
        assert_eq!(args["data"], json!([1, 2]));
        assert_eq!(args["n"], "prices?");
    }
}
