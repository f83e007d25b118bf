//! The names a code block binds anywhere, so a rewrite that calls a builtin
//! (`isinstance`, `sum`...) can step aside when the code rebinds it.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{ExceptHandler, Expr, ExprContext, Parameter, Stmt};

/// Every name bound in a block: assignment and loop targets, `def`,
/// `class`, imports, parameters, `except ... as`, `global`/`nonlocal`.
#[derive(Default)]
pub(crate) struct BoundNames {
    names: BTreeSet<String>,
}

impl BoundNames {
    pub(super) fn of(suite: &[Stmt]) -> Self {
        let mut collector = Collector::default();
        for stmt in suite {
            collector.visit_stmt(stmt);
        }
        Self {
            names: collector.names,
        }
    }

    /// Whether any of `names` is bound in the block.
    pub(super) fn any(&self, names: &[&str]) -> bool {
        names.iter().any(|name| self.names.contains(*name))
    }
}

#[derive(Default)]
struct Collector {
    names: BTreeSet<String>,
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                self.names.insert(def.name.id.to_string());
            }
            Stmt::ClassDef(class) => {
                self.names.insert(class.name.id.to_string());
                for decorator in &class.decorator_list {
                    self.visit_decorator(decorator);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                for member in &class.body {
                    match member {
                        // A method and a class attribute live in the
                        // class's namespace, which no function and no code
                        // outside the class sees: a method named `max`
                        // hides no builtin (the method's own parameters
                        // and locals still count).
                        Stmt::FunctionDef(_) => walk_stmt(self, member),
                        Stmt::Assign(assign)
                            if assign.targets.iter().all(|t| matches!(t, Expr::Name(_))) =>
                        {
                            self.visit_expr(&assign.value);
                        }
                        Stmt::AnnAssign(assign)
                            if matches!(assign.target.as_ref(), Expr::Name(_)) =>
                        {
                            self.visit_expr(&assign.annotation);
                            if let Some(value) = &assign.value {
                                self.visit_expr(value);
                            }
                        }
                        other => self.visit_stmt(other),
                    }
                }
                return;
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    let top = bound.id.as_str().split('.').next().unwrap_or_default();
                    self.names.insert(top.to_owned());
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.names.insert(bound.id.to_string());
                }
            }
            Stmt::Global(global) => {
                self.names
                    .extend(global.names.iter().map(|n| n.id.to_string()));
            }
            Stmt::Nonlocal(nonlocal) => {
                self.names
                    .extend(nonlocal.names.iter().map(|n| n.id.to_string()));
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr
            && matches!(name.ctx, ExprContext::Store | ExprContext::Del)
        {
            self.names.insert(name.id.to_string());
        }
        walk_expr(self, expr);
    }

    fn visit_parameter(&mut self, parameter: &'a Parameter) {
        self.names.insert(parameter.name.id.to_string());
        ruff_python_ast::visitor::walk_parameter(self, parameter);
    }

    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        let ExceptHandler::ExceptHandler(handler_node) = handler;
        if let Some(name) = &handler_node.name {
            self.names.insert(name.id.to_string());
        }
        ruff_python_ast::visitor::walk_except_handler(self, handler);
    }
}

/// The targets and value of an assignment statement (`a = b = v`,
/// `a: T = v`); none for other statements.
pub(super) fn assignment(stmt: &Stmt) -> (Vec<&Expr>, Option<&Expr>) {
    match stmt {
        Stmt::Assign(assign) => (assign.targets.iter().collect(), Some(&assign.value)),
        Stmt::AnnAssign(assign) => (vec![&assign.target], assign.value.as_deref()),
        _ => (Vec::new(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(code: &str) -> BoundNames {
        let parsed = ruff_python_parser::parse_module(code).expect("parses");
        BoundNames::of(parsed.suite())
    }

    #[test]
    fn every_kind_of_binding_counts() {
        let names = bound(
            "a = 1\nfor b, c in x: pass\ndef d(e, *f, g=1, **h): pass\nclass i: pass\nimport j.k\nfrom l import m as n\ntry: pass\nexcept E as o: pass\n[p for p in q]\n(r := 2)\nwith s as t: pass\n",
        );
        for name in [
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "n", "o", "p", "r", "t",
        ] {
            assert!(names.any(&[name]), "{name}");
        }
        for name in ["x", "k", "l", "m", "E", "q", "s"] {
            assert!(!names.any(&[name]), "{name}");
        }
    }

    #[test]
    fn a_class_namespace_binds_nothing_outside_it() {
        let names = bound(
            "class Q:\n    size = 0\n    label: str = 'q'\n    def max(self, limit):\n        best = limit\n        return best\n",
        );
        assert!(names.any(&["Q", "limit", "best", "self"]));
        assert!(!names.any(&["max"]) && !names.any(&["size"]) && !names.any(&["label"]));
    }
}
