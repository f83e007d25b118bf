//! An MCP tool's description as a codeact [`ToolSpec`], and the way back
//! from codeact arguments to the MCP `arguments` object.

use serde_json::{Map, Value, json};

use super::names::{UniqueNames, python_identifier};
use crate::tool::{ToolArgs, ToolInput, ToolSpec};

/// How deep `$ref`s are followed; recursive schemas stop there as "any".
const MAX_REF_DEPTH: usize = 8;
/// How many `$ref`s one schema may expand, so that a schema reusing a
/// definition everywhere cannot blow up.
const MAX_REF_EXPANSIONS: usize = 256;

/// The name of the single input of a tool whose arguments are free-form.
const WHOLE_ARGUMENTS: &str = "arguments";

/// An MCP tool seen as a codeact tool.
#[derive(Debug, Clone)]
pub(super) struct MappedTool {
    pub(super) spec: ToolSpec,
    pub(super) arguments: ArgumentMap,
    /// Whether a result's structured content is `{"result": value}` that
    /// stands for `value` (see [`unwrapped_output`]).
    pub(super) unwrap_result: bool,
}

/// How codeact arguments become the MCP `arguments` object.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum ArgumentMap {
    /// One input per schema property; the pairs are (input, property) names
    /// that differ.
    Properties(Vec<(String, String)>),
    /// One input, whose value (an object) is the whole `arguments`.
    Whole,
}

impl ArgumentMap {
    /// The MCP `arguments` for a (validated) codeact call.
    pub(super) fn to_remote(&self, mut args: ToolArgs) -> Map<String, Value> {
        match self {
            Self::Properties(renamed) => {
                for (input, property) in renamed {
                    if let Some(value) = args.remove(input) {
                        args.insert(property.clone(), value);
                    }
                }
                args
            }
            Self::Whole => match args.remove(WHOLE_ARGUMENTS) {
                Some(Value::Object(object)) => object,
                _ => Map::new(),
            },
        }
    }
}

/// The codeact view of `tool`, named `name`.
///
/// The inputs are the input schema's `properties` in order (`$ref`s to the
/// schema's own `$defs`/`definitions` inlined), required when listed in
/// `required`, each with its `description`. A schema without properties
/// that still admits arguments (`additionalProperties`, `patternProperties`,
/// or no `"type": "object"`) becomes one input, `arguments`, a dict sent as
/// the whole arguments object; a schema without properties otherwise means
/// no arguments.
pub(super) fn map_tool(tool: &rmcp::model::Tool, name: String) -> MappedTool {
    let description = tool
        .description
        .as_deref()
        .or(tool.title.as_deref())
        .unwrap_or_default();
    let root = Value::Object((*tool.input_schema).clone());
    let schema = inline(&root, &root);
    let schema = schema.as_object().cloned().unwrap_or_default();
    let (inputs, arguments) = inputs(&schema);
    let mut spec = ToolSpec::new(name, description);
    spec.inputs = inputs;
    let (output, unwrap_result) = match &tool.output_schema {
        None => (json!({}), false),
        Some(output) => {
            let root = Value::Object((**output).clone());
            let output = inline(&root, &root);
            match unwrapped_output(&output) {
                Some(inner) => (inner, true),
                None => (output, false),
            }
        }
    };
    spec.output = output;
    MappedTool {
        spec,
        arguments,
        unwrap_result,
    }
}

fn inputs(schema: &Map<String, Value>) -> (Vec<ToolInput>, ArgumentMap) {
    let properties = schema.get("properties").and_then(Value::as_object);
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    match properties {
        Some(properties) if !properties.is_empty() => {
            let mut names = UniqueNames::default();
            let mut renamed = Vec::new();
            let inputs = properties
                .iter()
                .map(|(property, property_schema)| {
                    let mut property_schema =
                        property_schema.as_object().cloned().unwrap_or_default();
                    let description = match property_schema.remove("description") {
                        Some(Value::String(text)) => text,
                        _ => String::new(),
                    };
                    let name = names.claim(python_identifier(property));
                    if &name != property {
                        renamed.push((name.clone(), property.clone()));
                    }
                    let input = ToolInput::new(name, description, Value::Object(property_schema));
                    if required.contains(&property.as_str()) {
                        input
                    } else {
                        input.optional()
                    }
                })
                .collect();
            (inputs, ArgumentMap::Properties(renamed))
        }
        _ if takes_free_form_arguments(schema) => {
            let mut whole = schema.clone();
            whole.remove("description");
            whole.remove("$schema");
            whole.remove("title");
            let input = ToolInput::new(
                WHOLE_ARGUMENTS,
                "All the arguments, as a dict.",
                Value::Object(whole),
            );
            let input = if required.is_empty() {
                input.optional()
            } else {
                input
            };
            (vec![input], ArgumentMap::Whole)
        }
        _ => (Vec::new(), ArgumentMap::Properties(Vec::new())),
    }
}

/// Whether a schema without properties still admits some arguments.
fn takes_free_form_arguments(schema: &Map<String, Value>) -> bool {
    let admits_extra = match schema.get("additionalProperties") {
        Some(Value::Bool(allowed)) => *allowed,
        Some(Value::Object(_)) => true,
        _ => false,
    };
    admits_extra
        || schema.contains_key("patternProperties")
        || ["anyOf", "oneOf", "allOf"]
            .iter()
            .any(|key| schema.contains_key(*key))
}

/// The schema of `value` when `output` is `{"type": "object", "properties":
/// {"result": …}, "required": ["result"]}`: the Python SDK's FastMCP wraps
/// a function's plain return value (`int`, `str`, a list) that way, and
/// `add(2, 3)` should give `5` in the sandbox, not `{"result": 5}`.
fn unwrapped_output(output: &Value) -> Option<Value> {
    let map = output.as_object()?;
    let properties = map.get("properties")?.as_object()?;
    let required = map.get("required")?.as_array()?;
    if properties.len() != 1 || required.len() != 1 || required[0] != "result" {
        return None;
    }
    properties.get("result").cloned()
}

/// `schema` with its local `$ref`s replaced by what they point to in
/// `root`, and the definitions themselves dropped.
fn inline(schema: &Value, root: &Value) -> Value {
    let mut budget = MAX_REF_EXPANSIONS;
    inline_at(schema, root, 0, &mut budget)
}

fn inline_at(schema: &Value, root: &Value, depth: usize, budget: &mut usize) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            if let Some(Value::String(reference)) = map.get("$ref") {
                let target = reference
                    .strip_prefix('#')
                    .filter(|_| depth < MAX_REF_DEPTH && *budget > 0)
                    .and_then(|pointer| root.pointer(pointer));
                if let Some(target) = target {
                    *budget -= 1;
                    if let Value::Object(resolved) = inline_at(target, root, depth + 1, budget) {
                        out = resolved;
                    }
                }
            }
            for (key, value) in map {
                let value = match key.as_str() {
                    "$ref" | "$defs" | "definitions" | "$schema" => continue,
                    // Maps of names to schemas: the names are not keywords.
                    "properties" | "patternProperties" => match value {
                        Value::Object(named) => Value::Object(
                            named
                                .iter()
                                .map(|(name, schema)| {
                                    (name.clone(), inline_at(schema, root, depth, budget))
                                })
                                .collect(),
                        ),
                        other => other.clone(),
                    },
                    _ => inline_at(value, root, depth, budget),
                };
                out.insert(key.clone(), value);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| inline_at(item, root, depth, budget))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn mcp_tool(name: &'static str, input: Value, output: Option<Value>) -> rmcp::model::Tool {
        let object = |value: Value| value.as_object().cloned().unwrap_or_default();
        let mut tool = rmcp::model::Tool::new(name, "Does it.", Arc::new(object(input)));
        tool.output_schema = output.map(|output| Arc::new(object(output)));
        tool
    }

    #[test]
    fn properties_become_inputs_in_order() {
        let tool = mcp_tool(
            "search",
            json!({
                "type": "object",
                "properties": {
                    "query": {"type": "string", "description": "What to find."},
                    "max-results": {"type": "integer"}
                },
                "required": ["query"]
            }),
            None,
        );
        let mapped = map_tool(&tool, "search".into());
        assert_eq!(
            mapped.spec,
            ToolSpec::new("search", "Does it.")
                .input(ToolInput::new(
                    "query",
                    "What to find.",
                    json!({"type": "string"})
                ))
                .input(ToolInput::new("max_results", "", json!({"type": "integer"})).optional())
        );
        let args = json!({"query": "rust", "max_results": 3});
        let remote = mapped
            .arguments
            .to_remote(args.as_object().cloned().unwrap_or_default());
        assert_eq!(
            Value::Object(remote),
            json!({"query": "rust", "max-results": 3})
        );
    }

    #[test]
    fn local_refs_are_inlined() {
        let tool = mcp_tool(
            "place",
            json!({
                "type": "object",
                "properties": {"at": {"$ref": "#/$defs/Point", "description": "Where."}},
                "required": ["at"],
                "$defs": {"Point": {"type": "object", "properties": {"x": {"type": "number"}}}}
            }),
            None,
        );
        let spec = map_tool(&tool, "place".into()).spec;
        assert_eq!(
            spec.inputs,
            vec![ToolInput::new(
                "at",
                "Where.",
                json!({"type": "object", "properties": {"x": {"type": "number"}}})
            )]
        );
    }

    #[test]
    fn recursive_refs_stop() {
        let tool = mcp_tool(
            "tree",
            json!({
                "type": "object",
                "properties": {"node": {"$ref": "#/$defs/Node"}},
                "$defs": {"Node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/Node"}}}}
            }),
            None,
        );
        let spec = map_tool(&tool, "tree".into()).spec;
        let mut schema = &spec.inputs[0].schema;
        let mut depth = 0;
        while let Some(child) = schema.pointer("/properties/child") {
            schema = child;
            depth += 1;
        }
        assert_eq!(depth, MAX_REF_DEPTH);
        assert_eq!(schema, &json!({}));
    }

    #[test]
    fn free_form_arguments_are_one_dict() {
        let tool = mcp_tool(
            "tag",
            json!({"type": "object", "additionalProperties": {"type": "string"}}),
            None,
        );
        let mapped = map_tool(&tool, "tag".into());
        assert_eq!(mapped.spec.inputs.len(), 1);
        assert_eq!(mapped.spec.inputs[0].name, "arguments");
        assert!(!mapped.spec.inputs[0].required);
        assert_eq!(mapped.arguments, ArgumentMap::Whole);
        let args = json!({"arguments": {"a": "x"}});
        let remote = mapped
            .arguments
            .to_remote(args.as_object().cloned().unwrap_or_default());
        assert_eq!(Value::Object(remote), json!({"a": "x"}));
    }

    #[test]
    fn an_object_without_properties_takes_no_arguments() {
        for schema in [
            json!({"type": "object"}),
            json!({"type": "object", "properties": {}}),
        ] {
            let spec = map_tool(&mcp_tool("now", schema, None), "now".into()).spec;
            assert!(spec.inputs.is_empty());
        }
    }

    #[test]
    fn wrapped_plain_results_are_unwrapped() {
        let wrapped = json!({
            "type": "object",
            "properties": {"result": {"type": "integer"}},
            "required": ["result"]
        });
        let mapped = map_tool(&mcp_tool("add", json!({}), Some(wrapped)), "add".into());
        assert!(mapped.unwrap_result);
        assert_eq!(mapped.spec.output, json!({"type": "integer"}));

        let record = json!({
            "type": "object",
            "properties": {"result": {"type": "integer"}, "unit": {"type": "string"}},
            "required": ["result"]
        });
        let mapped = map_tool(
            &mcp_tool("measure", json!({}), Some(record.clone())),
            "measure".into(),
        );
        assert!(!mapped.unwrap_result);
        assert_eq!(mapped.spec.output, record);
    }
}
