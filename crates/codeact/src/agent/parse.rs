//! Reading actions out of a model's reply: code blocks for the CodeAgent,
//! JSON tool calls for models without native tool calling.

use serde_json::Value;

use crate::model::ToolCall;

/// The code of a reply: every `open … close` block joined, in order.
///
/// The closing tag is usually a stop sequence, so the last block may be
/// unterminated; it then runs to the end of the reply. Without any tagged
/// block, Markdown ```` ```python ```` (or ```` ```py ````) fences are used.
pub(crate) fn extract_code(reply: &str, open: &str, close: &str) -> Option<String> {
    let tagged = tagged_blocks(reply, open, close);
    let blocks = if tagged.is_empty() {
        fenced_blocks(reply)
    } else {
        tagged
    };
    let code = blocks
        .iter()
        .map(|block| block.trim_matches('\n').trim_end())
        .filter(|block| !block.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (!code.is_empty()).then_some(code)
}

fn tagged_blocks<'a>(reply: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut blocks = Vec::new();
    let mut rest = reply;
    while let Some(start) = rest.find(open) {
        let body = &rest[start + open.len()..];
        // A Markdown fence right inside the tags is a common model habit.
        let body_end = body.find(close).unwrap_or(body.len());
        let block = &body[..body_end];
        blocks.push(strip_fence(block));
        rest = body.get(body_end + close.len()..).unwrap_or("");
    }
    blocks
}

fn strip_fence(block: &str) -> &str {
    let trimmed = block.trim();
    let Some(after) = trimmed.strip_prefix("```") else {
        return block;
    };
    let after = after
        .strip_prefix("python")
        .or_else(|| after.strip_prefix("py"))
        .unwrap_or(after);
    after.strip_suffix("```").unwrap_or(after)
}

fn fenced_blocks(reply: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut rest = reply;
    while let Some(start) = rest.find("```") {
        let after = &rest[start + 3..];
        let line_end = after.find('\n').unwrap_or(after.len());
        let language = after[..line_end].trim();
        let body = after.get(line_end + 1..).unwrap_or("");
        let end = body.find("```").unwrap_or(body.len());
        if matches!(language, "python" | "py" | "python3") {
            blocks.push(&body[..end]);
        }
        rest = body.get(end + 3..).unwrap_or("");
    }
    blocks
}

/// Tool calls written as JSON in a reply's text, for models without native
/// tool calling: every JSON object with a `name` (or `tool`/`tool_name`) and
/// `arguments` (or `args`/`parameters`/`input`), in order.
pub(crate) fn text_tool_calls(reply: &str, step_number: u32) -> Vec<ToolCall> {
    let mut calls = Vec::new();
    let mut offset = 0;
    while let Some(found) = reply[offset..].find('{') {
        let start = offset + found;
        let mut objects = serde_json::Deserializer::from_str(&reply[start..]).into_iter::<Value>();
        match objects.next() {
            Some(Ok(value)) => {
                let consumed = objects.byte_offset();
                if let Some(call) = as_tool_call(value, step_number, calls.len()) {
                    calls.push(call);
                }
                offset = start + consumed.max(1);
            }
            _ => offset = start + 1,
        }
    }
    calls
}

fn as_tool_call(value: Value, step_number: u32, position: usize) -> Option<ToolCall> {
    let Value::Object(mut object) = value else {
        return None;
    };
    let name = ["name", "tool", "tool_name"]
        .iter()
        .find_map(|key| object.get(*key).and_then(Value::as_str).map(str::to_owned))?;
    let arguments = ["arguments", "args", "parameters", "input"]
        .iter()
        .find_map(|key| object.remove(*key))
        .unwrap_or_else(|| Value::Object(Default::default()));
    // Some models put the arguments in a JSON string.
    let arguments = match arguments {
        Value::String(text) => serde_json::from_str(&text).unwrap_or(Value::String(text)),
        other => other,
    };
    Some(ToolCall {
        id: format!("call_{step_number}_{position}"),
        name,
        arguments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPEN: &str = "<code>";
    const CLOSE: &str = "</code>";

    #[test]
    fn code_between_tags() {
        let reply = "Thought: add.\n<code>\nx = 1\nprint(x)\n</code>";
        assert_eq!(
            extract_code(reply, OPEN, CLOSE).as_deref(),
            Some("x = 1\nprint(x)")
        );
    }

    #[test]
    fn unterminated_block_after_the_stop_sequence() {
        let reply = "Thought: add.\n<code>\nx = 1\n";
        assert_eq!(extract_code(reply, OPEN, CLOSE).as_deref(), Some("x = 1"));
    }

    #[test]
    fn several_blocks_are_joined() {
        let reply = "<code>a = 1</code> then <code>b = 2</code>";
        assert_eq!(
            extract_code(reply, OPEN, CLOSE).as_deref(),
            Some("a = 1\n\nb = 2")
        );
    }

    #[test]
    fn markdown_fence_fallback_and_fence_inside_tags() {
        let fenced = "Thought: x\n```python\nprint(1)\n```\nand ```text\nnot code\n```";
        assert_eq!(
            extract_code(fenced, OPEN, CLOSE).as_deref(),
            Some("print(1)")
        );
        let both = "<code>\n```python\nprint(2)\n```\n</code>";
        assert_eq!(extract_code(both, OPEN, CLOSE).as_deref(), Some("print(2)"));
    }

    #[test]
    fn no_code_is_none() {
        assert_eq!(extract_code("I think the answer is 4.", OPEN, CLOSE), None);
        assert_eq!(extract_code("<code>\n  \n</code>", OPEN, CLOSE), None);
    }

    #[test]
    fn tool_calls_from_text() {
        let reply = "Action:\n{\"name\": \"search\", \"arguments\": {\"q\": \"a {b}\"}}\n\
                     {\"tool\": \"final_answer\", \"args\": \"{\\\"answer\\\": 3}\"} {\"other\": 1}";
        let calls = text_tool_calls(reply, 4);
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].name, "search");
        assert_eq!(calls[0].arguments, serde_json::json!({"q": "a {b}"}));
        assert_eq!(calls[0].id, "call_4_0");
        assert_eq!(calls[1].name, "final_answer");
        assert_eq!(calls[1].arguments, serde_json::json!({"answer": 3}));
    }

    #[test]
    fn broken_json_yields_no_call() {
        assert!(text_tool_calls("{\"name\": \"x\", \"arguments\": {", 1).is_empty());
    }
}
