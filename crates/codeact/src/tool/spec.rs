//! What a tool says about itself.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::model::ToolDefinition;

/// One input of a tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolInput {
    /// The argument's name.
    pub name: String,
    /// What the argument means.
    pub description: String,
    /// The argument's JSON Schema, for example `{"type": "integer"}`.
    pub schema: Value,
    /// Whether a call must give it.
    pub required: bool,
}

impl ToolInput {
    /// A required input.
    ///
    /// ```
    /// use codeact::tool::ToolInput;
    /// let input = ToolInput::new("query", "What to look for.", serde_json::json!({"type": "string"}));
    /// assert!(input.required);
    /// ```
    pub fn new(name: impl Into<String>, description: impl Into<String>, schema: Value) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            schema,
            required: true,
        }
    }

    /// The same input, optional.
    pub fn optional(mut self) -> Self {
        self.required = false;
        self
    }
}

/// A tool's name, description, inputs (in declaration order, which is also
/// the order of positional arguments in the sandbox) and output schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolSpec {
    /// The name the model calls the tool by; a Python identifier.
    pub name: String,
    /// What the tool does, for the model.
    pub description: String,
    /// The inputs, in order.
    pub inputs: Vec<ToolInput>,
    /// The JSON Schema of the output; `{}` means any value.
    pub output: Value,
}

impl ToolSpec {
    /// A spec with no inputs and any output.
    pub fn new(name: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            inputs: Vec::new(),
            output: json!({}),
        }
    }

    /// Adds an input.
    pub fn input(mut self, input: ToolInput) -> Self {
        self.inputs.push(input);
        self
    }

    /// Sets the output schema.
    pub fn output(mut self, schema: Value) -> Self {
        self.output = schema;
        self
    }

    /// The inputs as one JSON Schema object, as tool-calling APIs take them.
    ///
    /// ```
    /// use codeact::tool::{ToolInput, ToolSpec};
    /// use serde_json::json;
    /// let spec = ToolSpec::new("add", "Adds.")
    ///     .input(ToolInput::new("a", "First.", json!({"type": "integer"})))
    ///     .input(ToolInput::new("b", "Second.", json!({"type": "integer"})).optional());
    /// let schema = spec.parameters_schema();
    /// assert_eq!(schema["required"], json!(["a"]));
    /// assert_eq!(schema["properties"]["b"]["description"], "Second.");
    /// ```
    pub fn parameters_schema(&self) -> Value {
        let mut properties = Map::new();
        for input in &self.inputs {
            let mut schema = match &input.schema {
                Value::Object(map) => map.clone(),
                _ => Map::new(),
            };
            if !input.description.is_empty() {
                schema.insert(
                    "description".into(),
                    Value::String(input.description.clone()),
                );
            }
            properties.insert(input.name.clone(), Value::Object(schema));
        }
        let required: Vec<Value> = self
            .inputs
            .iter()
            .filter(|input| input.required)
            .map(|input| Value::String(input.name.clone()))
            .collect();
        json!({
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false,
        })
    }

    /// The tool as the CodeAgent's prompt shows it: a Python function
    /// signature with type hints and a docstring listing the arguments.
    ///
    /// ```
    /// use codeact::tool::{ToolInput, ToolSpec};
    /// use serde_json::json;
    /// let spec = ToolSpec::new("search", "Searches the web.")
    ///     .input(ToolInput::new("query", "What to look for.", json!({"type": "string"})))
    ///     .input(ToolInput::new("limit", "How many results.", json!({"type": "integer"})).optional())
    ///     .output(json!({"type": "array", "items": {"type": "string"}}));
    /// assert_eq!(
    ///     spec.python_signature(),
    ///     "def search(query: str, limit: int | None = None) -> list[str]:\n    \"\"\"Searches the web.\n\n    Args:\n        query: What to look for.\n        limit: How many results.\n    \"\"\""
    /// );
    /// ```
    pub fn python_signature(&self) -> String {
        let params: Vec<String> = self
            .inputs
            .iter()
            .map(|input| {
                let hint = python_type(&input.schema);
                if input.required {
                    format!("{}: {hint}", input.name)
                } else if hint.ends_with("| None") || hint == "Any" {
                    format!("{}: {hint} = None", input.name)
                } else {
                    format!("{}: {hint} | None = None", input.name)
                }
            })
            .collect();
        let mut doc = self.description.trim().replace("\"\"\"", "\\\"\"\"");
        if !self.inputs.is_empty() {
            doc.push_str("\n\n    Args:");
            for input in &self.inputs {
                doc.push_str(&format!(
                    "\n        {}: {}",
                    input.name,
                    input.description.trim()
                ));
            }
        }
        format!(
            "def {}({}) -> {}:\n    \"\"\"{doc}\n    \"\"\"",
            self.name,
            params.join(", "),
            python_type(&self.output)
        )
    }

    /// The spec as a provider-facing tool definition.
    pub fn definition(&self) -> ToolDefinition {
        ToolDefinition {
            name: self.name.clone(),
            description: self.description.clone(),
            parameters: self.parameters_schema(),
        }
    }
}

/// The Python type hint for a JSON Schema.
fn python_type(schema: &Value) -> String {
    let Some(map) = schema.as_object() else {
        return "Any".into();
    };
    if let Some(Value::Array(options)) = map.get("anyOf").or_else(|| map.get("oneOf")) {
        return union(options.iter().map(python_type));
    }
    match map.get("type") {
        Some(Value::String(kind)) => scalar_type(kind, map),
        Some(Value::Array(kinds)) => union(
            kinds
                .iter()
                .filter_map(Value::as_str)
                .map(|kind| scalar_type(kind, map)),
        ),
        _ => "Any".into(),
    }
}

fn scalar_type(kind: &str, map: &Map<String, Value>) -> String {
    match kind {
        "string" => "str".into(),
        "integer" => "int".into(),
        "number" => "float".into(),
        "boolean" => "bool".into(),
        "null" => "None".into(),
        "array" => match map.get("items") {
            Some(items) if items.is_object() => format!("list[{}]", python_type(items)),
            _ => "list".into(),
        },
        "object" => "dict".into(),
        _ => "Any".into(),
    }
}

/// `a | b`, with `None` last and no repeats.
fn union(types: impl Iterator<Item = String>) -> String {
    let mut parts: Vec<String> = Vec::new();
    for part in types {
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    if parts.iter().any(|p| p == "Any") {
        return "Any".into();
    }
    parts.sort_by_key(|p| p == "None");
    parts.join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_hints_follow_the_schema() {
        assert_eq!(
            python_type(&json!({"type": ["string", "null"]})),
            "str | None"
        );
        assert_eq!(
            python_type(&json!({"anyOf": [{"type": "null"}, {"type": "integer"}]})),
            "int | None"
        );
        assert_eq!(
            python_type(&json!({"type": "array", "items": {"type": "number"}})),
            "list[float]"
        );
        assert_eq!(python_type(&json!({"type": "object"})), "dict");
        assert_eq!(python_type(&json!({})), "Any");
    }

    #[test]
    fn optional_nullable_inputs_are_not_wrapped_twice() {
        let spec = ToolSpec::new("f", "F.")
            .input(ToolInput::new("x", "X.", json!({"type": ["integer", "null"]})).optional());
        assert!(
            spec.python_signature()
                .starts_with("def f(x: int | None = None) -> Any:")
        );
    }
}
