//! Standard-library modules monty 0.0.23 lacks, written in the Python it
//! runs and loaded into a session the first time a block imports them.
//!
//! Each module's source is the body of a loader function, so its helpers
//! stay out of the user's globals: only the module object itself lands
//! there, as `__codeact_mod_<name>`, a name the prepass forbids in user
//! code. The prepass rewrites the imports to read that object.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use ruff_python_ast::{Expr, Stmt};

/// The prefix of every name the host injects; user code may not spell it.
pub(crate) const HIDDEN_PREFIX: &str = super::rewrite::RESERVED_PREFIX;

/// Builtins a module may need under a name of its own, since its
/// functions named like them (`operator.abs`) hide them: bound when the
/// loader is defined, in the global scope.
const BUILTIN_ALIASES: &str = "_builtin_abs=abs, _builtin_pow=pow, _builtin_min=min, _builtin_max=max, _builtin_sum=sum, _builtin_round=round, _builtin_len=len";

/// Ends every line of a module's source, so that a traceback can skip the
/// module's frames and name the line of the user's code that called it
/// (module sources have no multi-line strings or backslash continuations).
pub(crate) const LINE_MARK: &str = "  # __codeact_pymod";

/// A module written in Python.
#[derive(Debug)]
pub(crate) struct PyModule {
    pub(crate) name: &'static str,
    source: &'static str,
    /// Modules of this table its source imports (loaded first).
    pub(crate) requires: &'static [&'static str],
}

const MODULES: &[PyModule] = &[
    PyModule {
        name: "_sandbox",
        source: include_str!("_sandbox.py"),
        requires: &["_format"],
    },
    PyModule {
        name: "_division",
        source: include_str!("_division.py"),
        requires: &[],
    },
    PyModule {
        name: "_str_format",
        source: include_str!("_str_format.py"),
        requires: &["_format", "_sandbox", "_attrs"],
    },
    PyModule {
        name: "_format",
        source: include_str!("_format.py"),
        requires: &[],
    },
    PyModule {
        name: "_errors",
        source: include_str!("_errors.py"),
        requires: &[],
    },
    PyModule {
        name: "_bytearray",
        source: include_str!("_bytearray.py"),
        requires: &["_sandbox", "_bound"],
    },
    PyModule {
        name: "_strnum",
        source: include_str!("_strnum.py"),
        requires: &["unicodedata", "bisect"],
    },
    PyModule {
        name: "_casefold",
        source: include_str!("_casefold.py"),
        requires: &[],
    },
    PyModule {
        name: "_sets",
        source: include_str!("_sets.py"),
        requires: &[],
    },
    PyModule {
        name: "_attrs",
        source: include_str!("_attrs.py"),
        requires: &[],
    },
    PyModule {
        name: "_classes",
        source: include_str!("_classes.py"),
        requires: &["_attrs", "_division"],
    },
    PyModule {
        name: "dataclasses",
        source: include_str!("dataclasses.py"),
        requires: &[],
    },
    PyModule {
        name: "_match",
        source: include_str!("_match.py"),
        requires: &[],
    },
    PyModule {
        name: "_bound",
        source: include_str!("_bound.py"),
        requires: &["_sandbox"],
    },
    PyModule {
        name: "_generator",
        source: include_str!("_generator.py"),
        requires: &[],
    },
    PyModule {
        name: "_lazy",
        source: include_str!("_lazy.py"),
        requires: &[],
    },
    PyModule {
        name: "textwrap",
        source: include_str!("textwrap.py"),
        requires: &[],
    },
    PyModule {
        name: "functools",
        source: include_str!("functools.py"),
        requires: &["_sandbox", "_classes"],
    },
    PyModule {
        name: "statistics",
        source: include_str!("statistics.py"),
        requires: &["_sandbox", "random"],
    },
    PyModule {
        name: "string",
        source: include_str!("string.py"),
        requires: &[],
    },
    PyModule {
        name: "copy",
        source: include_str!("copy.py"),
        requires: &[],
    },
    PyModule {
        name: "stat",
        source: include_str!("stat.py"),
        requires: &[],
    },
    PyModule {
        name: "time",
        source: include_str!("time.py"),
        requires: &["_sandbox", "_strptime"],
    },
    PyModule {
        name: "_complex",
        source: include_str!("_complex.py"),
        requires: &["_sandbox"],
    },
    PyModule {
        name: "_strptime",
        source: include_str!("_strptime.py"),
        requires: &["_sandbox"],
    },
    PyModule {
        name: "itertools",
        source: include_str!("itertools.py"),
        requires: &[],
    },
    PyModule {
        name: "random",
        source: include_str!("random.py"),
        requires: &["_sandbox"],
    },
    PyModule {
        name: "heapq",
        source: include_str!("heapq.py"),
        requires: &[],
    },
    PyModule {
        name: "queue",
        source: include_str!("queue.py"),
        requires: &["heapq", "time"],
    },
    PyModule {
        name: "operator",
        source: include_str!("operator.py"),
        requires: &["_attrs", "_division"],
    },
    PyModule {
        name: "collections",
        source: include_str!("collections.py"),
        requires: &["_classes"],
    },
    PyModule {
        name: "unicodedata",
        source: include_str!("unicodedata.py"),
        requires: &[],
    },
    PyModule {
        name: "enum",
        source: include_str!("enum.py"),
        requires: &["_classes", "_bound", "_sandbox"],
    },
    PyModule {
        name: "typing",
        source: include_str!("typing.py"),
        requires: &["_sandbox"],
    },
    PyModule {
        name: "_json_errors",
        source: include_str!("_json_errors.py"),
        requires: &[],
    },
    PyModule {
        name: "json",
        source: include_str!("json.py"),
        requires: &["_json_errors"],
    },
    PyModule {
        name: "bisect",
        source: include_str!("bisect.py"),
        requires: &[],
    },
];

/// Every module of the table.
pub(crate) fn all() -> impl Iterator<Item = &'static PyModule> {
    MODULES.iter()
}

/// The module of this table named `name`.
pub(crate) fn find(name: &str) -> Option<&'static PyModule> {
    MODULES.iter().find(|module| module.name == name)
}

impl PyModule {
    /// The global holding the loaded module object.
    pub(crate) fn global(&self) -> String {
        format!("{HIDDEN_PREFIX}_mod_{}", self.name)
    }

    /// The public names the module defines at its top level.
    pub(crate) fn exports(&self) -> &'static BTreeSet<String> {
        static CACHE: OnceLock<Vec<BTreeSet<String>>> = OnceLock::new();
        let all = CACHE.get_or_init(|| MODULES.iter().map(|m| top_level_names(m.source)).collect());
        let index = MODULES
            .iter()
            .position(|module| module.name == self.name)
            .unwrap_or_default();
        // `all` has one entry per module of MODULES, and `index` is one of them.
        &all[index]
    }

    /// Code that defines the module object in a session, doing nothing when
    /// it is already there (a restored session keeps its globals).
    pub(crate) fn loader(&self) -> String {
        let global = self.global();
        let mut code = format!(
            "try:\n    {global}\nexcept NameError:\n    def {HIDDEN_PREFIX}_load({BUILTIN_ALIASES}):\n"
        );
        for line in self.source.lines() {
            if line.trim().is_empty() {
                continue;
            }
            code.push_str("        ");
            code.push_str(line);
            code.push_str(LINE_MARK);
            code.push('\n');
        }
        let name = self.name;
        code.push_str(&format!(
            "        class module:\n            def __repr__(self):\n                return \"<module '{name}' (built-in)>\"\n        {HIDDEN_PREFIX}_ns = module()\n"
        ));
        for export in self.exports() {
            code.push_str(&format!("        {HIDDEN_PREFIX}_ns.{export} = {export}\n"));
        }
        code.push_str(&format!(
            "        return {HIDDEN_PREFIX}_ns\n    {global} = {HIDDEN_PREFIX}_load()\n"
        ));
        code
    }
}

/// What a block gets when a module fails to load (a bug of the module, not
/// of the code that imports it).
pub(crate) fn load_error(
    module: &PyModule,
    exception: &monty_types::MontyException,
) -> crate::exec::PythonError {
    crate::exec::PythonError {
        kind: "ImportError".into(),
        message: format!(
            "the sandbox could not load its module '{}': {}",
            module.name,
            exception.summary()
        ),
        line: None,
        source_line: None,
    }
}

/// [`load_error`] for an exception already read from a worker.
pub(crate) fn load_error_text(
    module: &PyModule,
    error: &crate::exec::PythonError,
) -> crate::exec::PythonError {
    crate::exec::PythonError {
        kind: "ImportError".into(),
        message: format!(
            "the sandbox could not load its module '{}': {}: {}",
            module.name, error.kind, error.message
        ),
        line: None,
        source_line: None,
    }
}

/// Names bound at the top level of `source` that do not start with `_`.
fn top_level_names(source: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let Ok(parsed) = ruff_python_parser::parse_module(source) else {
        return names;
    };
    let mut add = |name: &str| {
        if !name.starts_with('_') {
            names.insert(name.to_owned());
        }
    };
    for stmt in parsed.suite() {
        match stmt {
            Stmt::FunctionDef(def) => add(def.name.id.as_str()),
            Stmt::ClassDef(class) => add(class.name.id.as_str()),
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    if let Expr::Name(name) = target {
                        add(name.id.as_str());
                    }
                }
            }
            Stmt::AnnAssign(assign) => {
                if let Expr::Name(name) = assign.target.as_ref() {
                    add(name.id.as_str());
                }
            }
            _ => {}
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_parses_and_exports_names() {
        for module in MODULES {
            assert!(
                ruff_python_parser::parse_module(module.source).is_ok(),
                "{}",
                module.name
            );
            assert!(!module.exports().is_empty(), "{}", module.name);
            assert!(ruff_python_parser::parse_module(&module.loader()).is_ok());
            for required in module.requires {
                assert!(find(required).is_some());
            }
        }
    }
}
