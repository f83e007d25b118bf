//! Checking a call's arguments against the tool's inputs before the call.
//!
//! Covers what models get wrong in practice: a missing argument, one the
//! tool does not take, and a value of the wrong JSON type (recursively into
//! arrays and object properties). It is not a full JSON Schema validator;
//! formats, patterns and bounds are left to the tool.

use serde_json::{Map, Value};

use super::{ToolArgs, ToolError, ToolSpec};

/// Checks `args` against `spec`; the error names the argument, what was
/// expected and what came.
pub(crate) fn validate(spec: &ToolSpec, args: &ToolArgs) -> Result<(), ToolError> {
    let invalid = |argument: &str, expected: String, got: String| ToolError::InvalidArgument {
        tool: spec.name.clone(),
        argument: argument.to_owned(),
        expected,
        got,
    };
    for input in &spec.inputs {
        match args.get(&input.name) {
            None if input.required => {
                return Err(invalid(
                    &input.name,
                    describe(&input.schema),
                    "nothing (the argument is missing)".into(),
                ));
            }
            None => {}
            Some(value) => {
                if value.is_null() && !input.required {
                    continue;
                }
                if let Err((path, expected)) = check(&input.schema, value, String::new()) {
                    let got = describe_value(lookup(value, &path));
                    return Err(invalid(&format!("{}{path}", input.name), expected, got));
                }
            }
        }
    }
    if let Some(extra) = args
        .keys()
        .find(|key| !spec.inputs.iter().any(|input| &input.name == *key))
    {
        let names: Vec<&str> = spec.inputs.iter().map(|i| i.name.as_str()).collect();
        return Err(invalid(
            extra,
            if names.is_empty() {
                "no arguments".into()
            } else {
                format!("one of: {}", names.join(", "))
            },
            "an argument the tool does not take".into(),
        ));
    }
    Ok(())
}

/// Where in `value` the mismatch is (`[2]`, `.name`) and what was expected.
fn check(schema: &Value, value: &Value, path: String) -> Result<(), (String, String)> {
    let Some(map) = schema.as_object() else {
        return Ok(());
    };
    if let Some(Value::Array(options)) = map.get("anyOf").or_else(|| map.get("oneOf")) {
        if options
            .iter()
            .any(|option| check(option, value, path.clone()).is_ok())
        {
            return Ok(());
        }
        return Err((path, describe(schema)));
    }
    if let Some(Value::Array(allowed)) = map.get("enum")
        && !allowed.contains(value)
    {
        return Err((path, describe(schema)));
    }
    let kinds: Vec<&str> = match map.get("type") {
        Some(Value::String(kind)) => vec![kind.as_str()],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => return Ok(()),
    };
    if !kinds.iter().any(|kind| is_kind(kind, value)) {
        return Err((path, describe(schema)));
    }
    match value {
        Value::Array(items) => {
            if let Some(item_schema) = map.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check(item_schema, item, format!("{path}[{i}]"))?;
                }
            }
        }
        Value::Object(object) => check_object(map, object, &path)?,
        _ => {}
    }
    Ok(())
}

fn check_object(
    schema: &Map<String, Value>,
    object: &Map<String, Value>,
    path: &str,
) -> Result<(), (String, String)> {
    let properties = schema.get("properties").and_then(Value::as_object);
    if let Some(Value::Array(required)) = schema.get("required") {
        for name in required.iter().filter_map(Value::as_str) {
            if !object.contains_key(name) {
                let expected = properties
                    .and_then(|p| p.get(name))
                    .map_or_else(|| "a value".into(), describe);
                return Err((format!("{path}.{name}"), expected));
            }
        }
    }
    if let Some(properties) = properties {
        for (name, value) in object {
            if let Some(property) = properties.get(name) {
                check(property, value, format!("{path}.{name}"))?;
            }
        }
    }
    Ok(())
}

fn is_kind(kind: &str, value: &Value) -> bool {
    match kind {
        "string" => value.is_string(),
        // 3.0 is an integer to JSON Schema.
        "integer" => {
            value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// The value at `path` (as built by [`check`]) inside `value`.
fn lookup<'a>(value: &'a Value, path: &str) -> &'a Value {
    let mut current = value;
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').unwrap_or(after.len());
            let index: usize = after[..end].parse().unwrap_or(0);
            current = current.get(index).unwrap_or(current);
            rest = after.get(end + 1..).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            current = current.get(&after[..end]).unwrap_or(current);
            rest = &after[end..];
        } else {
            break;
        }
    }
    current
}

/// What a schema asks for, in words.
pub(super) fn describe(schema: &Value) -> String {
    let Some(map) = schema.as_object() else {
        return "any value".into();
    };
    if let Some(Value::Array(allowed)) = map.get("enum") {
        let list: Vec<String> = allowed.iter().map(Value::to_string).collect();
        return format!("one of {}", list.join(", "));
    }
    if let Some(Value::Array(options)) = map.get("anyOf").or_else(|| map.get("oneOf")) {
        let list: Vec<String> = options.iter().map(describe).collect();
        return list.join(" or ");
    }
    let kind_word = |kind: &str| match kind {
        "string" => "a string",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "a boolean",
        "array" => "an array",
        "object" => "an object",
        "null" => "null",
        _ => "any value",
    };
    match map.get("type") {
        Some(Value::String(kind)) => kind_word(kind).into(),
        Some(Value::Array(kinds)) => kinds
            .iter()
            .filter_map(Value::as_str)
            .map(kind_word)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => "any value".into(),
    }
}

/// A value, in words, short enough for an error line.
pub(super) fn describe_value(value: &Value) -> String {
    let kind = match value {
        Value::Null => return "null".into(),
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    let mut text = value.to_string();
    if text.len() > 60 {
        let mut end = 57;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push_str("...");
    }
    format!("{kind} ({text})")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::tool::ToolInput;

    fn spec() -> ToolSpec {
        ToolSpec::new("book", "Books a room.")
            .input(ToolInput::new("room", "Room.", json!({"type": "string"})))
            .input(ToolInput::new("nights", "Nights.", json!({"type": "integer"})))
            .input(
                ToolInput::new(
                    "guests",
                    "Guests.",
                    json!({"type": "array", "items": {"type": "object", "properties": {"age": {"type": "integer"}}, "required": ["age"]}}),
                )
                .optional(),
            )
    }

    fn args(value: Value) -> ToolArgs {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn a_good_call_passes() {
        let call = args(json!({"room": "a", "nights": 2.0, "guests": [{"age": 3}]}));
        assert_eq!(validate(&spec(), &call), Ok(()));
        assert_eq!(
            validate(
                &spec(),
                &args(json!({"room": "a", "nights": 1, "guests": null}))
            ),
            Ok(())
        );
    }

    #[test]
    fn a_missing_argument_is_named() {
        let err = validate(&spec(), &args(json!({"room": "a"}))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad argument `nights` for tool `book`: expected an integer, got nothing (the argument is missing)"
        );
    }

    #[test]
    fn a_mistyped_argument_says_what_came() {
        let err = validate(&spec(), &args(json!({"room": "a", "nights": "two"}))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad argument `nights` for tool `book`: expected an integer, got a string (\"two\")"
        );
    }

    #[test]
    fn nested_mismatches_point_inside_the_value() {
        let call = args(json!({"room": "a", "nights": 1, "guests": [{"age": 3}, {"age": "old"}]}));
        let err = validate(&spec(), &call).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "bad argument `guests[1].age` for tool `book`: expected an integer, got a string"
            ),
            "{err}"
        );
    }

    #[test]
    fn unknown_arguments_are_refused() {
        let err =
            validate(&spec(), &args(json!({"room": "a", "nights": 1, "pets": 2}))).unwrap_err();
        assert!(err.to_string().contains("`pets`"), "{err}");
        assert!(
            err.to_string().contains("one of: room, nights, guests"),
            "{err}"
        );
    }
}
