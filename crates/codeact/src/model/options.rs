//! What a caller can ask of one generation besides the messages.

use serde::{Deserialize, Serialize};

/// A tool the model may call, as providers describe it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolDefinition {
    /// The tool's name.
    pub name: String,
    /// What the tool does.
    pub description: String,
    /// The arguments as a JSON Schema object.
    pub parameters: serde_json::Value,
}

/// Whether and which tool the model must call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolChoice {
    /// The model decides.
    Auto,
    /// No tool calls.
    None,
    /// At least one tool call.
    Required,
    /// A call of this tool.
    Tool(String),
}

/// The shape of the reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ResponseFormat {
    /// Free text (the default).
    Text,
    /// Any JSON object.
    JsonObject,
    /// JSON matching a schema.
    JsonSchema {
        /// A name for the schema, as OpenAI requires one.
        name: String,
        /// The JSON Schema.
        schema: serde_json::Value,
        /// Whether the provider must follow the schema exactly.
        strict: bool,
    },
}

/// Options of one generation. The default asks for nothing special.
///
/// ```
/// use codeact::model::GenerateOptions;
/// let options = GenerateOptions::default()
///     .with_stop(["</code>"])
///     .with_max_tokens(512)
///     .with_temperature(0.2);
/// assert_eq!(options.stop, vec!["</code>".to_string()]);
/// assert_eq!(options.max_tokens, Some(512));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GenerateOptions {
    /// Generation ends before the first of these strings, which is not part of
    /// the reply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stop: Vec<String>,
    /// Sampling temperature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f32>,
    /// Nucleus sampling mass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f32>,
    /// A cap on generated tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
    /// A seed, for providers that honour one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// Tools the model may call.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<ToolDefinition>,
    /// Whether and which tool the model must call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoice>,
    /// The shape of the reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<ResponseFormat>,
}

impl GenerateOptions {
    /// Replaces the stop sequences.
    pub fn with_stop<I, S>(mut self, stop: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.stop = stop.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the sampling temperature.
    pub fn with_temperature(mut self, temperature: f32) -> Self {
        self.temperature = Some(temperature);
        self
    }

    /// Sets the cap on generated tokens.
    pub fn with_max_tokens(mut self, max_tokens: u32) -> Self {
        self.max_tokens = Some(max_tokens);
        self
    }

    /// Offers tools to the model.
    pub fn with_tools(mut self, tools: Vec<ToolDefinition>, choice: ToolChoice) -> Self {
        self.tools = tools;
        self.tool_choice = Some(choice);
        self
    }

    /// Asks for a reply of this shape.
    pub fn with_response_format(mut self, format: ResponseFormat) -> Self {
        self.response_format = Some(format);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_round_trip_through_json() {
        let options = GenerateOptions::default()
            .with_stop(["</code>", "Observation:"])
            .with_temperature(0.5)
            .with_tools(
                vec![ToolDefinition {
                    name: "search".into(),
                    description: "Searches".into(),
                    parameters: serde_json::json!({"type": "object", "properties": {}}),
                }],
                ToolChoice::Tool("search".into()),
            )
            .with_response_format(ResponseFormat::JsonSchema {
                name: "answer".into(),
                schema: serde_json::json!({"type": "object"}),
                strict: true,
            });
        let json = serde_json::to_string(&options).unwrap();
        assert_eq!(
            serde_json::from_str::<GenerateOptions>(&json).unwrap(),
            options
        );
    }

    #[test]
    fn default_options_serialise_to_an_empty_object() {
        assert_eq!(
            serde_json::to_string(&GenerateOptions::default()).unwrap(),
            "{}"
        );
    }
}
