//! A `tools/call` result as the tool's JSON value.

use rmcp::model::{CallToolResult, ContentBlock, ResourceContents};
use serde_json::Value;

/// The value of a successful call, or the server's message for a result
/// marked `isError`.
///
/// * Structured content, when the server gives it, is the value (unwrapped
///   from `{"result": value}` when `unwrap_result`).
/// * Otherwise the content: nothing is `null`, text parts are joined by
///   newlines into one string, and every other part (image, audio,
///   embedded resource, resource link) is described in that text, in
///   brackets, so nothing is dropped silently.
pub(super) fn call_value(result: CallToolResult, unwrap_result: bool) -> Result<Value, String> {
    if result.is_error == Some(true) {
        let text = content_text(&result.content);
        return Err(match (text.is_empty(), result.structured_content) {
            (false, _) => text,
            (true, Some(structured)) => structured.to_string(),
            (true, None) => "the tool reported an error and gave no message".into(),
        });
    }
    if let Some(structured) = result.structured_content {
        return Ok(match structured {
            Value::Object(mut object) if unwrap_result && object.contains_key("result") => {
                object.remove("result").unwrap_or(Value::Null)
            }
            other => other,
        });
    }
    if result.content.is_empty() {
        return Ok(Value::Null);
    }
    Ok(Value::String(content_text(&result.content)))
}

/// The content parts as one text.
fn content_text(content: &[ContentBlock]) -> String {
    content.iter().map(describe).collect::<Vec<_>>().join("\n")
}

fn describe(block: &ContentBlock) -> String {
    match block {
        ContentBlock::Text(text) => text.text.clone(),
        ContentBlock::Image(image) => format!(
            "[image: {}, {} bytes]",
            image.mime_type,
            base64_len(&image.data)
        ),
        ContentBlock::Audio(audio) => format!(
            "[audio: {}, {} bytes]",
            audio.mime_type,
            base64_len(&audio.data)
        ),
        ContentBlock::Resource(embedded) => match &embedded.resource {
            ResourceContents::TextResourceContents { uri, text, .. } => {
                format!("[resource {uri}]\n{text}")
            }
            ResourceContents::BlobResourceContents {
                uri,
                mime_type,
                blob,
                ..
            } => format!(
                "[resource {uri}: {}, {} bytes]",
                mime_type.as_deref().unwrap_or("binary"),
                base64_len(blob)
            ),
            _ => "[resource]".into(),
        },
        ContentBlock::ResourceLink(link) => match &link.description {
            Some(description) => {
                format!("[resource link {}: {}, {description}]", link.uri, link.name)
            }
            None => format!("[resource link {}: {}]", link.uri, link.name),
        },
        other => {
            let kind = serde_json::to_value(other)
                .ok()
                .and_then(|value| value.get("type").and_then(Value::as_str).map(str::to_owned));
            format!("[{} content]", kind.as_deref().unwrap_or("unknown"))
        }
    }
}

/// How many bytes base64 `data` decodes to.
fn base64_len(data: &str) -> usize {
    let digits = data.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    let padding = data.bytes().rev().take_while(|b| *b == b'=').count();
    (digits * 3 / 4).saturating_sub(padding)
}

#[cfg(test)]
mod tests {
    use rmcp::model::Resource;
    use serde_json::json;

    use super::*;

    fn ok(content: Vec<ContentBlock>) -> CallToolResult {
        CallToolResult::success(content)
    }

    #[test]
    fn one_text_is_a_string() {
        assert_eq!(
            call_value(ok(vec![ContentBlock::text("hi")]), false),
            Ok(json!("hi"))
        );
        assert_eq!(call_value(ok(vec![]), false), Ok(Value::Null));
    }

    #[test]
    fn structured_content_wins_and_unwraps() {
        let mut result = ok(vec![ContentBlock::text("{\"result\":5}")]);
        result.structured_content = Some(json!({"result": 5}));
        assert_eq!(call_value(result.clone(), true), Ok(json!(5)));
        assert_eq!(call_value(result, false), Ok(json!({"result": 5})));
    }

    #[test]
    fn other_content_is_described() {
        let result = ok(vec![
            ContentBlock::text("caption"),
            ContentBlock::image("aGVsbG8=", "image/png"),
            ContentBlock::resource(ResourceContents::text("note", "mem://n")),
            ContentBlock::resource(ResourceContents::blob("AAAA", "mem://b")),
            ContentBlock::resource_link(Resource::new("file:///x", "x")),
        ]);
        assert_eq!(
            call_value(result, false),
            Ok(json!(
                "caption\n[image: image/png, 5 bytes]\n[resource mem://n]\nnote\n[resource mem://b: binary, 3 bytes]\n[resource link file:///x: x]"
            ))
        );
    }

    #[test]
    fn errors_carry_the_servers_text() {
        let result = CallToolResult::error(vec![ContentBlock::text("disk full")]);
        assert_eq!(call_value(result, false), Err("disk full".into()));
        let result = CallToolResult::error(vec![]);
        assert_eq!(
            call_value(result, false),
            Err("the tool reported an error and gave no message".into())
        );
    }
}
