//! The scripted replies: everything is derived from the request, so any
//! number of concurrent runs can share one server.

use serde_json::{Map, Value, json};

/// Steps per run when the model id does not say (`mock-k<K>` does).
pub const DEFAULT_STEPS: u32 = 3;

/// What the server answers to one request.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Plain text (code mode).
    Text(String),
    /// Tool calls, as (name, arguments).
    ToolCalls(Vec<(String, Value)>),
}

/// One message as the scripts need it: a role and its text.
#[derive(Debug, Clone)]
pub struct Turn {
    /// `system`, `user`, `assistant` or `tool`.
    pub role: String,
    /// The text parts, joined.
    pub text: String,
}

/// A tool offered by the request: its name and the JSON schema of its
/// arguments.
#[derive(Debug, Clone)]
pub struct OfferedTool {
    /// The tool's name.
    pub name: String,
    /// The schema of its arguments.
    pub parameters: Value,
}

/// The number of steps a run of `model` takes: `mock-k<K>` gives K.
pub fn steps_for(model: &str) -> u32 {
    model
        .strip_prefix("mock-k")
        .and_then(|k| k.parse().ok())
        .filter(|k| *k >= 1)
        .unwrap_or(DEFAULT_STEPS)
}

/// The run's answer: the first `[[...]]` in the first user message.
pub fn answer_for(turns: &[Turn]) -> String {
    turns
        .iter()
        .find(|turn| turn.role == "user")
        .and_then(|turn| {
            let start = turn.text.find("[[")? + 2;
            let len = turn.text[start..].find("]]")?;
            Some(turn.text[start..start + len].to_owned())
        })
        .unwrap_or_else(|| "mock answer".to_owned())
}

/// The reply to a request with these turns and tools.
pub fn reply(model: &str, turns: &[Turn], tools: &[OfferedTool], parallel_calls: usize) -> Reply {
    let steps = steps_for(model);
    let step = turns.iter().filter(|turn| turn.role == "assistant").count() as u32 + 1;
    let answer = answer_for(turns);
    if tools.is_empty() {
        return Reply::Text(if step < steps {
            format!(
                "Thought: step {step} of {steps}.\n<code>\nstep_{step} = {step} * 2\nprint(\"step\", {step}, step_{step})\n</code>"
            )
        } else {
            format!(
                "Thought: I can answer now.\n<code>\nfinal_answer({})\n</code>",
                json!(answer)
            )
        });
    }
    let worker = tools.iter().find(|tool| tool.name != "final_answer");
    match worker {
        Some(tool) if step < steps => {
            let args = synthesise(&tool.parameters);
            Reply::ToolCalls(vec![(tool.name.clone(), args); parallel_calls.max(1)])
        }
        _ => Reply::ToolCalls(vec![("final_answer".into(), json!({ "answer": answer }))]),
    }
}

/// Arguments that satisfy `schema`: strings "x", integers 1, numbers 1.0,
/// booleans true, arrays [], objects {} (or their required properties).
pub fn synthesise(schema: &Value) -> Value {
    let kind = match schema.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        Some(Value::Array(kinds)) => kinds
            .iter()
            .filter_map(Value::as_str)
            .find(|kind| *kind != "null")
            .unwrap_or("null"),
        _ if schema.get("properties").is_some() => "object",
        _ => return json!("x"),
    };
    match kind {
        "string" => json!("x"),
        "integer" => json!(1),
        "number" => json!(1.0),
        "boolean" => json!(true),
        "array" => json!([]),
        "null" => Value::Null,
        "object" => {
            let mut object = Map::new();
            let properties = schema.get("properties").and_then(Value::as_object);
            if let (Some(properties), Some(Value::Array(required))) =
                (properties, schema.get("required"))
            {
                for name in required.iter().filter_map(Value::as_str) {
                    if let Some(property) = properties.get(name) {
                        object.insert(name.to_owned(), synthesise(property));
                    }
                }
            }
            Value::Object(object)
        }
        _ => json!("x"),
    }
}

/// Cuts `text` before the first of `stop`, as OpenAI does.
pub fn apply_stop(text: &str, stop: &[String]) -> String {
    let cut = stop
        .iter()
        .filter(|s| !s.is_empty())
        .filter_map(|s| text.find(s.as_str()))
        .min()
        .unwrap_or(text.len());
    text[..cut].to_owned()
}

/// Rough token count: a token per four characters, at least one.
pub fn tokens(chars: usize) -> u64 {
    (chars as u64).div_ceil(4).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(roles: &[(&str, &str)]) -> Vec<Turn> {
        roles
            .iter()
            .map(|(role, text)| Turn {
                role: (*role).into(),
                text: (*text).into(),
            })
            .collect()
    }

    #[test]
    fn code_runs_count_steps_from_assistant_messages() {
        let first = turns(&[("system", "s"), ("user", "task [[42]]")]);
        assert_eq!(
            reply("mock-k2", &first, &[], 1),
            Reply::Text("Thought: step 1 of 2.\n<code>\nstep_1 = 1 * 2\nprint(\"step\", 1, step_1)\n</code>".into())
        );
        let last = turns(&[("user", "task [[42]]"), ("assistant", "a"), ("user", "obs")]);
        assert_eq!(
            reply("mock-k2", &last, &[], 1),
            Reply::Text("Thought: I can answer now.\n<code>\nfinal_answer(\"42\")\n</code>".into())
        );
    }

    #[test]
    fn tool_runs_synthesise_arguments() {
        let tools = vec![
            OfferedTool {
                name: "final_answer".into(),
                parameters: json!({}),
            },
            OfferedTool {
                name: "lookup".into(),
                parameters: json!({"type": "object", "properties": {"q": {"type": "string"}, "n": {"type": ["integer", "null"]}}, "required": ["q", "n"]}),
            },
        ];
        let first = turns(&[("user", "go")]);
        assert_eq!(
            reply("other", &first, &tools, 2),
            Reply::ToolCalls(vec![("lookup".into(), json!({"q": "x", "n": 1})); 2])
        );
        let last = turns(&[("user", "go"), ("assistant", ""), ("assistant", "")]);
        assert_eq!(
            reply("other", &last, &tools, 2),
            Reply::ToolCalls(vec![(
                "final_answer".into(),
                json!({"answer": "mock answer"})
            )])
        );
    }

    #[test]
    fn stop_sequences_cut_the_text() {
        assert_eq!(
            apply_stop("a<end>b</code>c", &["</code>".into(), "<end>".into()]),
            "a"
        );
        assert_eq!(apply_stop("abc", &[]), "abc");
    }
}
