//! Streaming replies: deltas as they arrive, and their assembly into a
//! whole [`ChatMessage`].

use std::collections::BTreeMap;
use std::pin::Pin;

use futures::Stream;
use serde::{Deserialize, Serialize};

use super::{ChatMessage, ContentPart, ModelError, Role, TokenUsage, ToolCall};

/// One piece of a streamed reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum StreamEvent {
    /// More text of the reply.
    TextDelta {
        /// The new text.
        text: String,
    },
    /// More of the tool call at `index`: the first delta of a call carries its
    /// id and name, later ones append to its JSON arguments.
    ToolCallDelta {
        /// Position of the call in the reply.
        index: usize,
        /// The call's id, when this delta carries it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        /// The tool's name, when this delta carries it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// A fragment of the JSON arguments.
        #[serde(default)]
        arguments: String,
    },
    /// Tokens spent; normally the last event.
    Usage {
        /// The usage.
        usage: TokenUsage,
    },
}

/// A streamed reply: events until the model is done, or an error.
pub type ChatStream = Pin<Box<dyn Stream<Item = Result<StreamEvent, ModelError>> + Send>>;

#[derive(Debug, Default)]
struct PartialToolCall {
    id: String,
    name: String,
    arguments: String,
}

/// Assembles [`StreamEvent`]s into the [`ChatMessage`] they spell.
///
/// ```
/// use codeact::model::{StreamAccumulator, StreamEvent};
/// let mut reply = StreamAccumulator::default();
/// reply.push(&StreamEvent::TextDelta { text: "Hel".into() });
/// reply.push(&StreamEvent::TextDelta { text: "lo".into() });
/// reply.push(&StreamEvent::ToolCallDelta {
///     index: 0, id: Some("c1".into()), name: Some("search".into()), arguments: "{\"q\":".into(),
/// });
/// reply.push(&StreamEvent::ToolCallDelta { index: 0, id: None, name: None, arguments: "\"x\"}".into() });
/// let message = reply.finish().unwrap();
/// assert_eq!(message.text(), "Hello");
/// assert_eq!(message.tool_calls[0].arguments["q"], "x");
/// ```
#[derive(Debug, Default)]
pub struct StreamAccumulator {
    text: String,
    tool_calls: BTreeMap<usize, PartialToolCall>,
    usage: Option<TokenUsage>,
}

impl StreamAccumulator {
    /// Adds one event.
    pub fn push(&mut self, event: &StreamEvent) {
        match event {
            StreamEvent::TextDelta { text } => self.text.push_str(text),
            StreamEvent::ToolCallDelta {
                index,
                id,
                name,
                arguments,
            } => {
                let call = self.tool_calls.entry(*index).or_default();
                if let Some(id) = id {
                    call.id.clone_from(id);
                }
                if let Some(name) = name {
                    call.name.push_str(name);
                }
                call.arguments.push_str(arguments);
            }
            StreamEvent::Usage { usage } => self.usage = Some(*usage),
        }
    }

    /// The text received so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The whole assistant message.
    ///
    /// Fails with [`ModelError::InvalidResponse`] when a tool call's arguments
    /// are not valid JSON. Empty arguments count as `{}`.
    pub fn finish(self) -> Result<ChatMessage, ModelError> {
        let tool_calls = self
            .tool_calls
            .into_values()
            .enumerate()
            .map(|(position, call)| {
                let arguments = if call.arguments.trim().is_empty() {
                    serde_json::Value::Object(Default::default())
                } else {
                    serde_json::from_str(&call.arguments).map_err(|err| {
                        ModelError::InvalidResponse(format!(
                            "arguments of streamed tool call `{}` are not valid JSON ({err}): {}",
                            call.name, call.arguments
                        ))
                    })?
                };
                let id = if call.id.is_empty() {
                    format!("call_{position}")
                } else {
                    call.id
                };
                Ok(ToolCall {
                    id,
                    name: call.name,
                    arguments,
                })
            })
            .collect::<Result<Vec<_>, ModelError>>()?;
        let content = if self.text.is_empty() {
            Vec::new()
        } else {
            vec![ContentPart::text(self.text)]
        };
        Ok(ChatMessage {
            role: Role::Assistant,
            content,
            tool_calls,
            tool_call_id: None,
            usage: self.usage,
        })
    }
}

/// Cuts text at the first stop sequence, for servers that ignore `stop` and
/// for streams, where a stop sequence can straddle two deltas.
///
/// Text that could be the start of a stop sequence is held back until the
/// next delta shows whether it is.
///
/// ```
/// use codeact::model::StopScanner;
/// let mut scanner = StopScanner::new(vec!["</code>".to_string()]);
/// assert_eq!(scanner.push("print(1)</co"), "print(1)");
/// assert_eq!(scanner.push("de> and more"), "");
/// assert!(scanner.stopped());
/// ```
#[derive(Debug, Clone)]
pub struct StopScanner {
    stop: Vec<String>,
    held: String,
    stopped: bool,
}

impl StopScanner {
    /// A scanner for these stop sequences; empty ones are ignored.
    pub fn new(stop: Vec<String>) -> Self {
        Self {
            stop: stop.into_iter().filter(|s| !s.is_empty()).collect(),
            held: String::new(),
            stopped: false,
        }
    }

    /// Whether a stop sequence has been seen.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    /// Feeds a delta; returns the text that is now certain to come before any
    /// stop sequence.
    pub fn push(&mut self, delta: &str) -> String {
        if self.stopped {
            return String::new();
        }
        self.held.push_str(delta);
        if let Some(cut) = self.first_stop() {
            self.stopped = true;
            self.held.truncate(cut);
            return std::mem::take(&mut self.held);
        }
        let keep = self.longest_partial_suffix();
        let emit_len = self.held.len() - keep;
        let rest = self.held.split_off(emit_len);
        std::mem::replace(&mut self.held, rest)
    }

    /// Ends the stream; returns the held-back text, which turned out not to be
    /// a stop sequence.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.held)
    }

    /// Truncates a whole text at its first stop sequence.
    ///
    /// ```
    /// use codeact::model::StopScanner;
    /// let stop = vec!["END".to_string()];
    /// assert_eq!(StopScanner::truncate("abcENDdef", &stop), "abc");
    /// assert_eq!(StopScanner::truncate("abc", &stop), "abc");
    /// ```
    pub fn truncate<'a>(text: &'a str, stop: &[String]) -> &'a str {
        let cut = stop
            .iter()
            .filter(|s| !s.is_empty())
            .filter_map(|s| text.find(s.as_str()))
            .min()
            .unwrap_or(text.len());
        &text[..cut]
    }

    fn first_stop(&self) -> Option<usize> {
        self.stop
            .iter()
            .filter_map(|s| self.held.find(s.as_str()))
            .min()
    }

    /// Length of the longest suffix of the held text that is a proper prefix
    /// of some stop sequence.
    fn longest_partial_suffix(&self) -> usize {
        let held = self.held.as_str();
        self.stop
            .iter()
            .map(|stop| {
                let max = stop.len().saturating_sub(1).min(held.len());
                (1..=max)
                    .rev()
                    .find(|&len| {
                        held.is_char_boundary(held.len() - len)
                            && stop.is_char_boundary(len)
                            && held.ends_with(&stop[..len])
                    })
                    .unwrap_or(0)
            })
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_all(stop: &[&str], deltas: &[&str]) -> (String, bool) {
        let mut scanner = StopScanner::new(stop.iter().map(|s| s.to_string()).collect());
        let mut out = String::new();
        for delta in deltas {
            out.push_str(&scanner.push(delta));
        }
        if !scanner.stopped() {
            out.push_str(&scanner.finish());
        }
        (out, scanner.stopped())
    }

    #[test]
    fn stop_inside_one_delta() {
        assert_eq!(
            scan_all(&["</code>"], &["a = 1</code>tail"]),
            ("a = 1".to_string(), true)
        );
    }

    #[test]
    fn stop_split_over_many_deltas() {
        assert_eq!(
            scan_all(&["</code>"], &["a", "<", "/c", "od", "e", ">", "b"]),
            ("a".to_string(), true)
        );
    }

    #[test]
    fn false_start_is_released() {
        assert_eq!(
            scan_all(&["</code>"], &["x </c", "ow> y"]),
            ("x </cow> y".to_string(), false)
        );
    }

    #[test]
    fn earliest_of_several_stops_wins() {
        assert_eq!(
            scan_all(&["STOP", "END"], &["one END two STOP"]),
            ("one ".to_string(), true)
        );
    }

    #[test]
    fn multibyte_text_is_never_split_inside_a_char() {
        assert_eq!(
            scan_all(&["é!"], &["café", "é", "?"]),
            ("caféé?".to_string(), false)
        );
        assert_eq!(scan_all(&["é!"], &["caf", "é!"]), ("caf".to_string(), true));
    }

    #[test]
    fn accumulator_rejects_broken_tool_arguments() {
        let mut acc = StreamAccumulator::default();
        acc.push(&StreamEvent::ToolCallDelta {
            index: 0,
            id: Some("c".into()),
            name: Some("t".into()),
            arguments: "{\"a\":".into(),
        });
        assert!(matches!(acc.finish(), Err(ModelError::InvalidResponse(_))));
    }

    #[test]
    fn accumulator_orders_calls_by_index_and_keeps_usage() {
        let mut acc = StreamAccumulator::default();
        for (index, name) in [(1, "second"), (0, "first")] {
            acc.push(&StreamEvent::ToolCallDelta {
                index,
                id: None,
                name: Some(name.into()),
                arguments: String::new(),
            });
        }
        acc.push(&StreamEvent::Usage {
            usage: TokenUsage {
                input_tokens: 1,
                output_tokens: 2,
            },
        });
        let message = acc.finish().unwrap();
        let names: Vec<_> = message.tool_calls.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["first", "second"]);
        assert_eq!(message.tool_calls[0].id, "call_0");
        assert_eq!(message.usage.unwrap().total(), 3);
    }
}
