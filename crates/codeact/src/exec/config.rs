//! What a sandbox session may do: imports and resource limits.
//!
//! One [`SandboxConfig`] describes a session whether it runs in this process
//! or in a worker process; it is serialisable so the parent can hand it to a
//! worker.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// smolagents' default import allow-list, which codeact keeps.
pub const DEFAULT_AUTHORIZED_IMPORTS: &[&str] = &[
    "collections",
    "datetime",
    "itertools",
    "math",
    "queue",
    "random",
    "re",
    "stat",
    "statistics",
    "time",
    "unicodedata",
];

/// Resource limits of one code execution. Each ends the code with a
/// Python-style error the model can read (`TimeoutError`, `MemoryError`,
/// `RecursionError`), never with a host failure.
///
/// ```
/// use std::time::Duration;
/// use codeact::exec::Limits;
///
/// let limits = Limits { max_duration: Duration::from_secs(2), ..Limits::default() };
/// assert_eq!(limits.max_duration, Duration::from_secs(2));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Interpreter time one code block may use (time spent awaiting tools
    /// does not count).
    pub max_duration: Duration,
    /// Heap the interpreter may hold, in bytes.
    pub max_memory: usize,
    /// Depth of nested Python calls.
    pub max_recursion_depth: usize,
    /// Bytes of `print` output kept per code block; the rest is cut, and the
    /// cut is said at the end of the output.
    pub max_output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_duration: Duration::from_secs(10),
            max_memory: 512 * 1024 * 1024,
            // CPython's own default (sys.getrecursionlimit()).
            max_recursion_depth: 1000,
            max_output_bytes: 50_000,
        }
    }
}

/// Everything a sandbox session is allowed: the modules it may import and
/// its limits.
///
/// ```
/// use codeact::exec::SandboxConfig;
///
/// let config = SandboxConfig::default().allow_import("json");
/// assert!(config.authorized_imports.iter().any(|m| m == "json"));
/// assert!(config.authorized_imports.iter().any(|m| m == "math"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SandboxConfig {
    /// Modules the code may import (a name allows its submodules too).
    pub authorized_imports: Vec<String>,
    /// Per-execution resource limits.
    pub limits: Limits,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        Self {
            authorized_imports: DEFAULT_AUTHORIZED_IMPORTS
                .iter()
                .map(|m| (*m).to_owned())
                .collect(),
            limits: Limits::default(),
        }
    }
}

impl SandboxConfig {
    /// Adds a module to the allow-list (no effect if it is already there).
    pub fn allow_import(mut self, module: impl Into<String>) -> Self {
        let module = module.into();
        if !self.authorized_imports.contains(&module) {
            self.authorized_imports.push(module);
        }
        self
    }

    /// Replaces the limits.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}
