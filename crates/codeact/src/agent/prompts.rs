//! Prompt templates: YAML files of Jinja templates, smolagents' layout.
//!
//! The defaults live in `crates/codeact/prompts/` and are compiled into the
//! crate; users replace them whole ([`PromptTemplates::from_yaml`]) or one
//! section at a time (the fields are public).

use std::sync::Arc;

use minijinja::Environment;
use serde::{Deserialize, Serialize};

/// Templates of the planning steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanningTemplates {
    /// The first plan; variables `task`, `tools`, `managed_agents`.
    pub initial_plan: String,
    /// Before the history, when the plan is updated; variable `task`.
    pub update_plan_pre_messages: String,
    /// After the history, when the plan is updated; variables `task`,
    /// `tools`, `managed_agents`, `remaining_steps`.
    pub update_plan_post_messages: String,
}

/// Templates used when an agent works for another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedAgentTemplates {
    /// Wraps the manager's task; variables `name`, `task`.
    pub task: String,
    /// Wraps the answer for the manager; variables `name`, `final_answer`.
    pub report: String,
}

/// Templates of the last call when the steps run out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FinalAnswerTemplates {
    /// Before the history.
    pub pre_messages: String,
    /// After the history; variable `task`.
    pub post_messages: String,
}

/// All the prompts of an agent.
///
/// ```
/// use codeact::agent::PromptTemplates;
/// let mut prompts = PromptTemplates::code_agent();
/// prompts.system_prompt.push_str("\nAnswer in French.");
/// assert!(prompts.system_prompt.contains("final_answer"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromptTemplates {
    /// The system prompt; rendered once, when the agent is built.
    pub system_prompt: String,
    /// Planning steps.
    pub planning: PlanningTemplates,
    /// Work for a manager.
    pub managed_agent: ManagedAgentTemplates,
    /// The last call when the steps run out.
    pub final_answer: FinalAnswerTemplates,
}

/// A prompt that cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PromptError {
    /// The YAML is not a set of prompt templates.
    #[error("prompt templates are not valid YAML of the expected shape: {0}")]
    Yaml(String),
    /// A template does not compile or render.
    #[error("prompt template `{name}`: {message}")]
    Template {
        /// Which template.
        name: String,
        /// What the template engine said.
        message: String,
    },
}

const CODE_AGENT_YAML: &str = include_str!("../../prompts/code_agent.yaml");
const CODE_AGENT_LOCAL_YAML: &str = include_str!("../../prompts/code_agent_local.yaml");
const TOOL_CALLING_AGENT_YAML: &str = include_str!("../../prompts/toolcalling_agent.yaml");

impl PromptTemplates {
    /// Parses templates from YAML with smolagents' sections.
    ///
    /// ```
    /// use codeact::agent::PromptTemplates;
    /// let yaml = r#"
    /// system_prompt: "Be brief."
    /// planning:
    ///   initial_plan: "Plan {{ task }}"
    ///   update_plan_pre_messages: "Task {{ task }}"
    ///   update_plan_post_messages: "{{ remaining_steps }} left"
    /// managed_agent:
    ///   task: "{{ task }}"
    ///   report: "{{ final_answer }}"
    /// final_answer:
    ///   pre_messages: "Out of steps."
    ///   post_messages: "Answer {{ task }}"
    /// "#;
    /// let prompts = PromptTemplates::from_yaml(yaml)?;
    /// assert_eq!(prompts.system_prompt, "Be brief.");
    /// # Ok::<(), codeact::agent::PromptError>(())
    /// ```
    pub fn from_yaml(yaml: &str) -> Result<Self, PromptError> {
        serde_saphyr::from_str(yaml).map_err(|err| PromptError::Yaml(err.to_string()))
    }

    /// The CodeAgent's default prompts.
    pub fn code_agent() -> Self {
        // The embedded file is parsed by a test (`defaults_parse`), so this
        // cannot fail at run time.
        Self::from_yaml(CODE_AGENT_YAML).expect("the embedded code_agent.yaml parses")
    }

    /// The CodeAgent's prompts for small local models: a short system prompt
    /// with worked examples in the exact reply shape; the other sections are
    /// [`PromptTemplates::code_agent`]'s.
    ///
    /// ```
    /// use codeact::agent::PromptTemplates;
    /// let local = PromptTemplates::code_agent_local();
    /// assert!(local.system_prompt.len() < PromptTemplates::code_agent().system_prompt.len());
    /// assert_eq!(local.final_answer, PromptTemplates::code_agent().final_answer);
    /// ```
    pub fn code_agent_local() -> Self {
        #[derive(serde::Deserialize)]
        struct SystemOnly {
            system_prompt: String,
        }
        // Parsed by the `defaults_parse` test, like `code_agent`.
        let local: SystemOnly = serde_saphyr::from_str(CODE_AGENT_LOCAL_YAML)
            .expect("the embedded code_agent_local.yaml parses");
        Self {
            system_prompt: local.system_prompt,
            ..Self::code_agent()
        }
    }

    /// The ToolCallingAgent's default prompts.
    pub fn tool_calling_agent() -> Self {
        // Parsed by the `defaults_parse` test, like `code_agent`.
        Self::from_yaml(TOOL_CALLING_AGENT_YAML)
            .expect("the embedded toolcalling_agent.yaml parses")
    }
}

/// Template names inside a [`CompiledPrompts`] environment.
pub(crate) mod names {
    pub const SYSTEM: &str = "system_prompt";
    pub const INITIAL_PLAN: &str = "planning.initial_plan";
    pub const UPDATE_PLAN_PRE: &str = "planning.update_plan_pre_messages";
    pub const UPDATE_PLAN_POST: &str = "planning.update_plan_post_messages";
    pub const MANAGED_TASK: &str = "managed_agent.task";
    pub const MANAGED_REPORT: &str = "managed_agent.report";
    pub const FINAL_PRE: &str = "final_answer.pre_messages";
    pub const FINAL_POST: &str = "final_answer.post_messages";
}

/// Templates compiled once per agent, with the agent's fixed variables
/// (tools, imports, instructions) bound.
#[derive(Clone)]
pub(crate) struct CompiledPrompts {
    env: Arc<Environment<'static>>,
    fixed: minijinja::Value,
}

impl CompiledPrompts {
    pub(crate) fn compile(
        templates: &PromptTemplates,
        fixed: minijinja::Value,
    ) -> Result<Self, PromptError> {
        let mut env = Environment::new();
        env.set_trim_blocks(false);
        env.set_keep_trailing_newline(false);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Lenient);
        let sources = [
            (names::SYSTEM, &templates.system_prompt),
            (names::INITIAL_PLAN, &templates.planning.initial_plan),
            (
                names::UPDATE_PLAN_PRE,
                &templates.planning.update_plan_pre_messages,
            ),
            (
                names::UPDATE_PLAN_POST,
                &templates.planning.update_plan_post_messages,
            ),
            (names::MANAGED_TASK, &templates.managed_agent.task),
            (names::MANAGED_REPORT, &templates.managed_agent.report),
            (names::FINAL_PRE, &templates.final_answer.pre_messages),
            (names::FINAL_POST, &templates.final_answer.post_messages),
        ];
        for (name, source) in sources {
            env.add_template_owned(name, source.clone())
                .map_err(|err| PromptError::Template {
                    name: name.to_owned(),
                    message: err.to_string(),
                })?;
        }
        Ok(Self {
            env: Arc::new(env),
            fixed,
        })
    }

    /// Renders template `name` with the fixed variables plus `extra`.
    pub(crate) fn render(
        &self,
        name: &str,
        extra: minijinja::Value,
    ) -> Result<String, PromptError> {
        let to_error = |err: minijinja::Error| PromptError::Template {
            name: name.to_owned(),
            message: format!("{err:#}"),
        };
        let template = self.env.get_template(name).map_err(to_error)?;
        template
            .render(minijinja::context! { ..extra, ..self.fixed.clone() })
            .map_err(to_error)
    }
}

impl std::fmt::Debug for CompiledPrompts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CompiledPrompts")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse() {
        assert!(
            PromptTemplates::code_agent_local()
                .system_prompt
                .contains("final_answer")
        );
        assert!(
            PromptTemplates::code_agent()
                .system_prompt
                .contains("final_answer")
        );
        assert!(
            PromptTemplates::tool_calling_agent()
                .system_prompt
                .contains("final_answer")
        );
    }

    #[test]
    fn yaml_of_the_wrong_shape_is_a_clear_error() {
        let err = PromptTemplates::from_yaml("system_prompt: hi\n").unwrap_err();
        assert!(
            matches!(err, PromptError::Yaml(ref m) if m.contains("planning")),
            "{err}"
        );
    }

    #[test]
    fn a_broken_template_names_itself() {
        let mut templates = PromptTemplates::code_agent();
        templates.planning.initial_plan = "{% for x in %}".into();
        let err = CompiledPrompts::compile(&templates, minijinja::Value::from(())).unwrap_err();
        assert!(
            matches!(err, PromptError::Template { ref name, .. } if name == "planning.initial_plan"),
            "{err}"
        );
    }

    #[test]
    fn render_merges_fixed_and_per_call_variables() {
        let mut templates = PromptTemplates::code_agent();
        templates.final_answer.post_messages = "{{ task }} / {{ who }}".into();
        let compiled =
            CompiledPrompts::compile(&templates, minijinja::context! { who => "fixed" }).unwrap();
        let text = compiled
            .render(names::FINAL_POST, minijinja::context! { task => "T" })
            .unwrap();
        assert_eq!(text, "T / fixed");
    }
}
