//! Showing a run: titled step blocks on the terminal, or one JSON object per
//! event for scripts.
//!
//! The step log goes to stderr and the final answer to stdout, so
//! `codeact run "…" > answer.txt` keeps just the answer.

use std::io::Write;
use std::time::Duration;

use codeact::agent::{RunEvent, RunResult, RunState, StepError};
use codeact::model::{StreamEvent, TokenUsage};
use console::{Style, Term, measure_text_width};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::highlight;

/// How much the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Only the final answer.
    Quiet,
    /// Steps: thought, code, observation, errors, timing.
    Normal,
    /// Also plans in full and every model reply as it came.
    Verbose,
}

/// Something that shows a run's events.
pub trait Renderer {
    /// Shows one event.
    fn event(&mut self, event: &RunEvent);
}

/// One JSON object per line on stdout; the last line is the run's result.
pub struct JsonRenderer<W: Write> {
    out: W,
}

impl<W: Write> JsonRenderer<W> {
    /// Writes to `out`.
    pub fn new(out: W) -> Self {
        Self { out }
    }
}

/// The last line of `--json`: what scripts need, without the whole memory.
pub fn result_json(result: &RunResult) -> serde_json::Value {
    json!({
        "event": "run_finished",
        "output": result.output,
        "state": result.state,
        "error": result.error,
        "steps": result.steps,
        "usage": result.usage,
        "duration_ms": result.duration_ms,
    })
}

impl<W: Write> Renderer for JsonRenderer<W> {
    fn event(&mut self, event: &RunEvent) {
        let line = match event {
            RunEvent::RunFinished { result } => result_json(result),
            other => serde_json::to_value(other)
                .unwrap_or_else(|err| json!({"event": "unserialisable", "error": err.to_string()})),
        };
        // A closed stdout (a pipe whose reader left) is not worth a crash.
        let _ = writeln!(self.out, "{line}");
        let _ = self.out.flush();
    }
}

/// Titled step blocks on stderr, a spinner while the model thinks, the final
/// answer on stdout.
pub struct TerminalRenderer {
    err: Term,
    out: Term,
    verbosity: Verbosity,
    streaming: bool,
    model_id: String,
    spinner: Option<ProgressBar>,
    streamed_text: bool,
    width: usize,
}

impl TerminalRenderer {
    /// A renderer for a run of model `model_id`; `streaming` when model
    /// deltas arrive and should be printed live.
    pub fn new(verbosity: Verbosity, streaming: bool, model_id: &str) -> Self {
        let err = Term::stderr();
        let width = err
            .size_checked()
            .map_or(88, |(_, cols)| usize::from(cols))
            .clamp(40, 110);
        Self {
            err,
            out: Term::stdout(),
            verbosity,
            streaming,
            model_id: model_id.to_owned(),
            spinner: None,
            streamed_text: false,
            width,
        }
    }

    fn line(&self, text: impl AsRef<str>) {
        self.stop_spinner_line();
        let _ = self.err.write_line(text.as_ref());
    }

    fn rule(&self, title: &str, style: &Style) {
        let title = format!(" {title} ");
        let side = self.width.saturating_sub(measure_text_width(&title)) / 2;
        let bar = "━".repeat(side);
        self.line(style.apply_to(format!("{bar}{title}{bar}")).to_string());
    }

    fn think(&mut self, message: &str) {
        if self.verbosity == Verbosity::Quiet || self.streaming || !self.err.is_term() {
            return;
        }
        self.stop_spinner();
        let spinner = ProgressBar::new_spinner();
        spinner.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        spinner.set_style(
            ProgressStyle::with_template("{spinner:.cyan} {msg} {elapsed:.dim}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        spinner.set_message(message.to_owned());
        spinner.enable_steady_tick(Duration::from_millis(90));
        self.spinner = Some(spinner);
    }

    fn stop_spinner(&mut self) {
        if let Some(spinner) = self.spinner.take() {
            spinner.finish_and_clear();
        }
    }

    fn stop_spinner_line(&self) {
        if let Some(spinner) = &self.spinner {
            spinner.finish_and_clear();
        }
    }

    fn code_block(&self, code: &str) {
        let frame = Style::new().dim();
        let title = " Code ";
        self.line(
            frame
                .apply_to(format!(
                    "╭─{title}{}",
                    "─".repeat(self.width.saturating_sub(3 + title.len()))
                ))
                .to_string(),
        );
        for (number, line) in highlight::python(code).into_iter().enumerate() {
            self.line(format!(
                "{} {line}",
                frame.apply_to(format!("│{:>3} │", number + 1))
            ));
        }
        self.line(
            frame
                .apply_to(format!("╰{}", "─".repeat(self.width.saturating_sub(1))))
                .to_string(),
        );
    }

    fn error(&self, error: &StepError) {
        self.line(Style::new().red().bold().apply_to("Error:").to_string());
        for line in error.message.lines() {
            self.line(Style::new().red().apply_to(line).to_string());
        }
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn footer(label: &str, duration_ms: f64, usage: Option<TokenUsage>) -> String {
    let mut parts = vec![format!("{label}: {:.2} s", duration_ms / 1000.0)];
    if let Some(usage) = usage {
        parts.push(format!("{} input tokens", thousands(usage.input_tokens)));
        parts.push(format!("{} output tokens", thousands(usage.output_tokens)));
    }
    Style::new()
        .dim()
        .apply_to(format!("[{}]", parts.join(" | ")))
        .to_string()
}

/// The model's words before its first code block.
fn thought(text: &str) -> &str {
    let end = [text.find("<code>"), text.find("```")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len());
    text[..end].trim()
}

impl Renderer for TerminalRenderer {
    fn event(&mut self, event: &RunEvent) {
        if self.verbosity == Verbosity::Quiet {
            if let RunEvent::RunFinished { result } = event {
                print_answer(&self.out, result, false);
            }
            return;
        }
        match event {
            RunEvent::RunStarted { task } => {
                self.rule("New run", &Style::new().cyan().bold());
                self.line(Style::new().bold().apply_to(task.trim()).to_string());
                self.line(
                    Style::new()
                        .dim()
                        .apply_to(format!("model: {}", self.model_id))
                        .to_string(),
                );
                self.think("Thinking…");
            }
            RunEvent::StepStarted { step } => {
                self.stop_spinner();
                self.rule(&format!("Step {step}"), &Style::new().yellow().bold());
                self.streamed_text = false;
                self.think("Thinking…");
            }
            RunEvent::ModelDelta { delta, .. } => {
                if let StreamEvent::TextDelta { text } = delta {
                    self.stop_spinner();
                    let _ = self
                        .err
                        .write_str(&Style::new().dim().apply_to(text).to_string());
                    self.streamed_text = true;
                }
            }
            RunEvent::ModelOutput { text, .. } => {
                self.stop_spinner();
                if self.streamed_text {
                    self.line("");
                } else if self.verbosity == Verbosity::Verbose {
                    self.line(Style::new().dim().apply_to(text.trim()).to_string());
                } else {
                    let thought = thought(text);
                    if !thought.is_empty() {
                        self.line(Style::new().italic().apply_to(thought).to_string());
                    }
                }
            }
            RunEvent::Code { code, .. } => self.code_block(code),
            RunEvent::ToolCalls { calls, .. } => {
                for call in calls {
                    self.line(format!(
                        "{} {}({})",
                        Style::new().cyan().bold().apply_to("Calling tool:"),
                        Style::new().bold().apply_to(&call.name),
                        call.arguments
                    ));
                }
                self.think("Running tools…");
            }
            RunEvent::Observation { text, .. } => {
                self.stop_spinner();
                for line in text.lines() {
                    self.line(line);
                }
            }
            RunEvent::StepError { error, .. } => {
                self.stop_spinner();
                self.error(error);
            }
            RunEvent::Planning { plan } => {
                self.stop_spinner();
                self.rule("Plan", &Style::new().magenta().bold());
                let text = if self.verbosity == Verbosity::Verbose {
                    plan.plan.as_str()
                } else {
                    plan.model_output.trim()
                };
                for line in text.lines() {
                    self.line(line);
                }
                self.line(footer(
                    "Planning",
                    plan.timing.duration_ms,
                    Some(plan.usage),
                ));
            }
            RunEvent::StepFinished { record } => {
                self.stop_spinner();
                let label = format!("Step {}", record.step_number);
                self.line(footer(&label, record.timing.duration_ms, record.usage));
            }
            RunEvent::FinalAnswer { .. } => self.stop_spinner(),
            RunEvent::RunFinished { result } => {
                self.stop_spinner();
                let summary = format!(
                    "{} step{} in {:.2} s, {} tokens",
                    result.steps,
                    if result.steps == 1 { "" } else { "s" },
                    result.duration_ms / 1000.0,
                    thousands(result.usage.total())
                );
                self.line(Style::new().dim().apply_to(summary).to_string());
                print_answer(&self.out, result, true);
            }
        }
    }
}

/// The final answer on stdout (labelled only when stdout is a terminal, so
/// that `answer=$(codeact run ...)` gets the answer alone).
fn print_answer(out: &Term, result: &RunResult, styled: bool) {
    match result.state {
        RunState::FinalAnswer | RunState::MaxSteps => {
            let answer = result.output_text();
            if styled && out.is_term() {
                let label = if result.state == RunState::MaxSteps {
                    "Final answer (step limit reached):"
                } else {
                    "Final answer:"
                };
                let _ = out.write_line(&format!(
                    "{} {}",
                    Style::new().yellow().bold().apply_to(label),
                    Style::new().bold().apply_to(&answer)
                ));
            } else {
                let _ = out.write_line(&answer);
            }
        }
        // The command prints the error itself, once, as it exits.
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn the_thought_is_the_text_before_the_code() {
        assert_eq!(
            thought("Thought: add.\n<code>\nx=1</code>"),
            "Thought: add."
        );
        assert_eq!(thought("Plan.\n```python\nx\n```"), "Plan.");
        assert_eq!(thought("just words"), "just words");
    }

    #[test]
    fn json_lines_end_with_the_result_fields_scripts_need() {
        let result = RunResult {
            output: Some(json!("391")),
            state: RunState::FinalAnswer,
            error: None,
            steps: 2,
            usage: TokenUsage {
                input_tokens: 10,
                output_tokens: 3,
            },
            duration_ms: 12.5,
            memory: codeact::agent::AgentMemory::new("system"),
        };
        let mut out = Vec::new();
        let mut renderer = JsonRenderer::new(&mut out);
        renderer.event(&RunEvent::StepStarted { step: 1 });
        renderer.event(&RunEvent::RunFinished {
            result: Box::new(result),
        });
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0], json!({"event": "step_started", "step": 1}));
        assert_eq!(lines[1]["output"], "391");
        assert_eq!(lines[1]["state"], "final_answer");
        assert_eq!(lines[1]["steps"], 2);
        assert_eq!(lines[1]["usage"]["input_tokens"], 10);
        assert_eq!(lines[1]["duration_ms"], 12.5);
        assert!(lines[1].get("memory").is_none());
    }
}
