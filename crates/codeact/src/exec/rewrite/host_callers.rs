//! Which names of a session reach the host when called: the tools, the
//! host-backed functions (`input`, the `time` module's), and the code's own
//! functions, methods and classes whose bodies call one of those, or
//! names bound to one. A generator expression calling none of them can
//! compute its values inside `__next__` (see `lazy_generators`), where
//! monty 0.0.23 cannot pause the interpreter for the host.
//!
//! A name is judged by the text of what defines it: a call through a value
//! the analysis cannot follow (an argument, an attribute of an object) to
//! a tool is missed, and then the tool call ends in the error saying tools
//! cannot run there (`errors::IMPLICIT_CALL_HINT`), not in a wrong value.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

/// Functions every session can call that reach the host.
const HOST_BUILTINS: &[&str] = &["input", "final_answer"];

/// Adds to `callers` the tools and what `suite` defines that calls them
/// (or calls what an earlier block defined that does).
pub(crate) fn update(suite: &[Stmt], tools: &BTreeSet<String>, callers: &mut BTreeSet<String>) {
    callers.extend(tools.iter().cloned());
    callers.extend(HOST_BUILTINS.iter().map(|name| (*name).to_owned()));
    let mut definitions = Definitions::default();
    for stmt in suite {
        definitions.visit_stmt(stmt);
    }
    // A definition calling one found in this round is found in the next:
    // at most one round per definition.
    for _ in 0..=definitions.found.len() {
        let before = callers.len();
        for definition in &definitions.found {
            if definition.names.iter().all(|name| callers.contains(name)) {
                continue;
            }
            if definition.host || definition.body.iter().any(|node| reaches(node, callers)) {
                callers.extend(definition.names.iter().cloned());
            }
        }
        if callers.len() == before {
            break;
        }
    }
}

/// Whether `expr` names a caller or calls a method of one.
pub(super) fn expr_reaches(expr: &Expr, callers: &BTreeSet<String>) -> bool {
    let mut found = Reaches {
        callers,
        found: false,
    };
    found.visit_expr(expr);
    found.found
}

fn reaches(node: &Node<'_>, callers: &BTreeSet<String>) -> bool {
    let mut found = Reaches {
        callers,
        found: false,
    };
    match node {
        Node::Stmt(stmt) => found.visit_stmt(stmt),
        Node::Expr(expr) => found.visit_expr(expr),
    }
    found.found
}

/// What a definition's body is made of.
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// A function, method, class or assignment, and the names calling it
/// calls its body through.
struct Definition<'a> {
    names: Vec<String>,
    body: Vec<Node<'a>>,
    /// Reaches the host whatever its body (an import from `time`).
    host: bool,
}

#[derive(Default)]
struct Definitions<'a> {
    found: Vec<Definition<'a>>,
}

impl<'a> Visitor<'a> for Definitions<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(function) => {
                // A method is reached through its name on any object; its
                // decorators run at the definition, not at the call.
                self.found.push(Definition {
                    names: vec![function.name.id.to_string()],
                    body: function.body.iter().map(Node::Stmt).collect(),
                    host: false,
                });
            }
            Stmt::ClassDef(class) => {
                // Making an object runs its methods (__init__, properties).
                self.found.push(Definition {
                    names: vec![class.name.id.to_string()],
                    body: class.body.iter().map(Node::Stmt).collect(),
                    host: false,
                });
            }
            Stmt::Assign(assign) => {
                let names = assign
                    .targets
                    .iter()
                    .filter_map(|target| match target {
                        Expr::Name(name) => Some(name.id.to_string()),
                        _ => None,
                    })
                    .collect::<Vec<_>>();
                if !names.is_empty() {
                    self.found.push(Definition {
                        names,
                        body: vec![Node::Expr(&assign.value)],
                        host: false,
                    });
                }
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    if alias.name.id.as_str() == "time" {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.found.push(host_import(bound.id.as_str()));
                    }
                }
            }
            Stmt::ImportFrom(import)
                if import
                    .module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "time") =>
            {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.found.push(host_import(bound.id.as_str()));
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }
}

/// A name bound to the host-backed `time` module or one of its functions.
fn host_import(name: &str) -> Definition<'static> {
    Definition {
        names: vec![name.to_owned()],
        body: Vec::new(),
        host: true,
    }
}

struct Reaches<'c> {
    callers: &'c BTreeSet<String>,
    found: bool,
}

impl<'a> Visitor<'a> for Reaches<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) if self.callers.contains(name.id.as_str()) => self.found = true,
            Expr::Call(call) => {
                if let Expr::Attribute(attribute) = call.func.as_ref()
                    && self.callers.contains(attribute.attr.id.as_str())
                {
                    self.found = true;
                }
            }
            _ => {}
        }
        if !self.found {
            walk_expr(self, expr);
        }
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if !self.found {
            walk_stmt(self, stmt);
        }
    }
}
