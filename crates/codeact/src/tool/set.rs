//! A named collection of tools.

use std::sync::Arc;

use super::{Tool, ToolArgs, ToolError};

/// The tools an agent or a sandbox session is given, in order, with unique
/// names. Cheap to clone.
///
/// ```
/// use codeact::tool::ToolSet;
/// let tools = ToolSet::default();
/// assert!(tools.is_empty());
/// assert!(tools.get("search").is_none());
/// ```
#[derive(Clone, Default)]
pub struct ToolSet {
    tools: Arc<Vec<Arc<dyn Tool>>>,
}

impl ToolSet {
    /// A collection of these tools; two tools with one name is an error.
    pub fn new<I>(tools: I) -> Result<Self, ToolError>
    where
        I: IntoIterator<Item = Arc<dyn Tool>>,
    {
        let mut set = Vec::new();
        for tool in tools {
            let name = &tool.spec().name;
            if set.iter().any(|t: &Arc<dyn Tool>| &t.spec().name == name) {
                return Err(ToolError::DuplicateName(name.clone()));
            }
            set.push(tool);
        }
        Ok(Self {
            tools: Arc::new(set),
        })
    }

    /// The same collection plus `tool`.
    pub fn with(&self, tool: Arc<dyn Tool>) -> Result<Self, ToolError> {
        Self::new(self.tools.iter().cloned().chain([tool]))
    }

    /// The tool of this name.
    pub fn get(&self, name: &str) -> Option<&Arc<dyn Tool>> {
        self.tools.iter().find(|tool| tool.spec().name == name)
    }

    /// The tools, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<dyn Tool>> {
        self.tools.iter()
    }

    /// The tools' names, in order.
    pub fn names(&self) -> Vec<String> {
        self.tools.iter().map(|t| t.spec().name.clone()).collect()
    }

    /// How many tools there are.
    pub fn len(&self) -> usize {
        self.tools.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.tools.is_empty()
    }

    /// Calls the tool `name` with `args`, after checking them against its
    /// inputs (a bad call gets [`ToolError::InvalidArgument`] and the tool is
    /// not called).
    pub async fn call(&self, name: &str, args: ToolArgs) -> Result<serde_json::Value, ToolError> {
        let tool = self.get(name).ok_or_else(|| ToolError::UnknownTool {
            name: name.to_owned(),
            available: self.names(),
        })?;
        super::validate::validate(tool.spec(), &args)?;
        tool.call(args).await
    }
}

impl std::fmt::Debug for ToolSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.names()).finish()
    }
}
