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

    /// The spec as a provider-facing tool definition.
    pub fn definition(&self) -> ToolDefinition {
        ToolDefinition {
            name: self.name.clone(),
            description: self.description.clone(),
            parameters: self.parameters_schema(),
        }
    }
}
