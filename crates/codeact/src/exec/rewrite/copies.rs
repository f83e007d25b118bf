//! `copy.copy(obj)` and `copy.deepcopy(obj)` of the code's own objects,
//! which need the object's attributes: monty 0.0.23 has no `__dict__`. The
//! session records every attribute name its code assigns (`x.name = ...`,
//! `setattr(x, "name", ...)`, the fields of class bodies), and the calls
//! pass those names to the sandbox's `copy` module; a `setattr` with a
//! computed name makes the set unknowable, and the module refuses.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextSize};

use super::Context;
use super::edits::Edits;

/// The attribute names `suite` assigns, and whether a `setattr` there
/// takes a computed name.
pub(super) fn assigned_attributes(suite: &[Stmt]) -> (BTreeSet<String>, bool) {
    #[derive(Default)]
    struct Finder {
        names: BTreeSet<String>,
        dynamic: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                for member in &class.body {
                    if let Stmt::AnnAssign(field) = member
                        && let Expr::Name(name) = field.target.as_ref()
                    {
                        self.names.insert(name.id.to_string());
                    }
                }
            }
            walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Attribute(attribute) if attribute.ctx == ExprContext::Store => {
                    self.names.insert(attribute.attr.id.to_string());
                }
                Expr::Call(call) if matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "setattr") => {
                    match call.arguments.args.get(1) {
                        Some(Expr::StringLiteral(name)) => {
                            self.names.insert(name.value.to_str().to_owned());
                        }
                        _ => self.dynamic = true,
                    }
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder::default();
    for stmt in suite {
        finder.visit_stmt(stmt);
    }
    (finder.names, finder.dynamic)
}

/// Brings `copiers`, the names bound to `copy.copy` and `copy.deepcopy`,
/// up to date with `suite`: its imports from `copy` add names, its own
/// `def`s, classes and assignments of a name take it off.
pub(super) fn update_copiers(suite: &[Stmt], copiers: &mut BTreeSet<String>) {
    for (name, bound) in super::imports_from(suite, "copy") {
        if matches!(name, "copy" | "deepcopy") {
            copiers.insert(bound.to_owned());
        }
    }
    for stmt in suite {
        let names: Vec<&str> = match stmt {
            Stmt::FunctionDef(def) => vec![def.name.id.as_str()],
            Stmt::ClassDef(class) => vec![class.name.id.as_str()],
            Stmt::Assign(assign) => assign
                .targets
                .iter()
                .filter_map(|target| match target {
                    Expr::Name(name) => Some(name.id.as_str()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for name in names {
            copiers.remove(name);
        }
    }
}

fn is_copier(func: &Expr, context: &Context<'_>) -> bool {
    match func {
        Expr::Attribute(attribute) => {
            matches!(attribute.attr.id.as_str(), "copy" | "deepcopy")
                && matches!(attribute.value.as_ref(), Expr::Name(module) if module.id.as_str() == "copy")
        }
        Expr::Name(name) => context.facts.copiers.contains(name.id.as_str()),
        _ => false,
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    if !is_copier(&call.func, context) || call.arguments.keywords.iter().any(|k| k.arg.is_none()) {
        return;
    }
    let names = if context.facts.dynamic_attributes {
        "None".to_owned()
    } else {
        let Some(quote) = context.literal_quote else {
            return;
        };
        let listed: Vec<String> = context
            .facts
            .attribute_names
            .iter()
            .map(|name| format!("{quote}{name}{quote}, "))
            .collect();
        format!("({})", listed.concat())
    };
    let close = call.arguments.end() - TextSize::new(1);
    let before = context
        .source
        .get(usize::from(call.arguments.start()) + 1..usize::from(close))
        .unwrap_or_default()
        .trim_end();
    let separator = if before.is_empty() || before.ends_with(',') {
        ""
    } else {
        ", "
    };
    edits.replace(
        ruff_text_size::TextRange::empty(close),
        format!("{separator}__codeact_names={names}"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn copies_name_the_attributes_the_code_assigns() {
        let out = rewritten(
            "import copy\nclass P:\n    def __init__(self):\n        self.x = 1\np = P()\np.tag = 'a'\nq = copy.deepcopy(p)\n",
        );
        assert!(
            out.ends_with("q = copy.deepcopy(p, __codeact_names=(\"tag\", \"x\", ))\n"),
            "{out}"
        );
        let dynamic = rewritten("import copy\nsetattr(p, n, 1)\nq = copy.copy(p)\n");
        assert!(
            dynamic.ends_with("q = copy.copy(p, __codeact_names=None)\n"),
            "{dynamic}"
        );
        let own = "from copy import copy\ndef copy(x):\n    return x\ny = copy(1)\n";
        assert_eq!(rewritten(own), own);
    }
}
