//! `__slots__`, which monty 0.0.23 keeps as a plain class attribute: its
//! objects take any attribute, where CPython's raise AttributeError for a
//! name the slots do not list. The slots must be a literal list of names
//! the class body binds none of, and `setattr` and `delattr` are refused
//! beside them; every other attribute the block assigns, on any object
//! but the receiver of a method of a class without slots or bases, is
//! either one the slots list or goes through the `_classes` module, which
//! raises CPython's AttributeError for an object of a slotted class.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, ExprContext, Stmt, StmtClassDef};
use ruff_text_size::{Ranged, TextRange};

/// Why the block's `__slots__` cannot run as CPython's would, and where.
pub(crate) struct Refusal {
    pub(crate) range: TextRange,
    pub(crate) message: String,
}

/// Checks the `__slots__` of the classes of `suite` (see the module); the
/// names assigned that no slots list, whose stores must go through the
/// module.
pub(crate) fn check(suite: &[Stmt]) -> Result<BTreeSet<String>, Refusal> {
    let mut finder = Finder::default();
    for stmt in suite {
        finder.visit_stmt(stmt);
    }
    if let Some(refusal) = finder.refusal {
        return Err(refusal);
    }
    if finder.slots.is_empty() {
        return Ok(BTreeSet::new());
    }
    if let Some((name, range)) = finder
        .stores
        .iter()
        .find(|(name, _)| name.ends_with("(...)"))
    {
        return Err(Refusal {
            range: *range,
            message: format!(
                "{name} beside __slots__: the sandbox checks the slots only for attributes assigned by name (obj.x = v); assign the attribute directly, or drop __slots__"
            ),
        });
    }
    Ok(finder
        .stores
        .iter()
        .filter(|(name, _)| !finder.slots.contains(name))
        .map(|(name, _)| name.clone())
        .collect())
}

#[derive(Default)]
struct Finder {
    /// Every name some class's `__slots__` lists.
    slots: BTreeSet<String>,
    /// Attribute stores and deletions: the name and where.
    stores: Vec<(String, TextRange)>,
    /// While in a method of a class with no `__slots__` and no bases, the
    /// name of its first parameter: stores on it are the class's own.
    own_receiver: Option<String>,
    refusal: Option<Refusal>,
}

impl Finder {
    fn refuse(&mut self, range: TextRange, message: impl Into<String>) {
        if self.refusal.is_none() {
            self.refusal = Some(Refusal {
                range,
                message: message.into(),
            });
        }
    }

    fn on_class(&mut self, class: &StmtClassDef) {
        let mut declared = None;
        let mut bound = BTreeSet::new();
        for stmt in &class.body {
            match stmt {
                Stmt::Assign(assign) => {
                    for target in &assign.targets {
                        let Expr::Name(name) = target else { continue };
                        if name.id.as_str() == "__slots__" {
                            declared = Some((assign.value.as_ref(), assign.range()));
                        } else {
                            bound.insert(name.id.to_string());
                        }
                    }
                }
                Stmt::AnnAssign(assign) => {
                    if let Expr::Name(name) = assign.target.as_ref() {
                        if name.id.as_str() == "__slots__" {
                            self.refuse(
                                assign.range(),
                                "write __slots__ = (\"a\", \"b\") without an annotation",
                            );
                        } else if assign.value.is_some() {
                            bound.insert(name.id.to_string());
                        }
                    }
                }
                Stmt::FunctionDef(def) => {
                    bound.insert(def.name.id.to_string());
                }
                _ => {}
            }
        }
        let Some((value, range)) = declared else {
            return;
        };
        let names: Option<Vec<String>> = match value {
            Expr::StringLiteral(name) => Some(vec![name.value.to_str().to_owned()]),
            Expr::Tuple(tuple) => literal_names(&tuple.elts),
            Expr::List(list) => literal_names(&list.elts),
            _ => None,
        };
        let Some(names) = names else {
            self.refuse(
                range,
                "__slots__ in the sandbox must be a literal tuple of names (__slots__ = (\"x\", \"y\"))",
            );
            return;
        };
        if let Some(clash) = names.iter().find(|name| bound.contains(*name)) {
            self.refuse(
                range,
                format!("'{clash}' in __slots__ conflicts with class variable"),
            );
        }
        self.slots.extend(names);
    }
}

fn literal_names(elements: &[Expr]) -> Option<Vec<String>> {
    elements
        .iter()
        .map(|element| match element {
            Expr::StringLiteral(name) => Some(name.value.to_str().to_owned()),
            _ => None,
        })
        .collect()
}

/// Whether `class` is free of slots: no `__slots__` and no bases (a base
/// could be slotted).
fn unslotted(class: &StmtClassDef) -> bool {
    class
        .arguments
        .as_ref()
        .is_none_or(|arguments| arguments.is_empty())
        && !class.body.iter().any(|stmt| {
            matches!(stmt, Stmt::Assign(assign) if assign.targets.iter().any(
                |target| matches!(target, Expr::Name(name) if name.id.as_str() == "__slots__")))
        })
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let Stmt::ClassDef(class) = stmt else {
            walk_stmt(self, stmt);
            return;
        };
        self.on_class(class);
        if !unslotted(class) {
            walk_stmt(self, stmt);
            return;
        }
        for member in &class.body {
            let Stmt::FunctionDef(def) = member else {
                self.visit_stmt(member);
                continue;
            };
            let receiver = def
                .parameters
                .posonlyargs
                .iter()
                .chain(&def.parameters.args)
                .next()
                .map(|parameter| parameter.parameter.name.id.to_string());
            let outer = std::mem::replace(&mut self.own_receiver, receiver);
            self.visit_stmt(member);
            self.own_receiver = outer;
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Attribute(attribute)
                if matches!(attribute.ctx, ExprContext::Store | ExprContext::Del) =>
            {
                let own = matches!(attribute.value.as_ref(),
                    Expr::Name(name) if self.own_receiver.as_deref() == Some(name.id.as_str()));
                if !own {
                    self.stores
                        .push((attribute.attr.id.to_string(), attribute.range()));
                }
            }
            Expr::Call(call) => {
                if let Expr::Name(function) = call.func.as_ref()
                    && matches!(function.id.as_str(), "setattr" | "delattr")
                {
                    self.stores
                        .push((format!("{}(...)", function.id), call.range()));
                }
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn verdict(code: &str) -> Result<Vec<String>, String> {
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        check(parsed.suite())
            .map(|names| names.into_iter().collect())
            .map_err(|refusal| refusal.message)
    }

    #[test]
    fn stores_of_names_no_slots_list_are_routed() {
        let code = "class P:\n    __slots__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\np = P(1, 2)\np.x += 1\n";
        assert_eq!(verdict(code), Ok(Vec::new()));
        assert_eq!(
            verdict("class A:\n    pass\na = A()\na.z = 1\n"),
            Ok(Vec::new())
        );
        let other = "class P:\n    __slots__ = ('x',)\nclass Q:\n    def __init__(self, v):\n        self.v = v\n";
        assert_eq!(verdict(other), Ok(Vec::new()));
        let outside = "class P:\n    __slots__ = ('x',)\np = P()\np.z = 3\np.x = 1\n";
        assert_eq!(verdict(outside), Ok(vec!["z".to_owned()]));
    }

    #[test]
    fn slots_the_code_could_step_outside_are_refused() {
        let base =
            "class P:\n    __slots__ = ('x',)\n    def __init__(self):\n        self.x = 1\n";
        let error = verdict(&format!("{base}setattr(P(), 'x', 2)\n")).expect_err("setattr");
        assert!(error.contains("setattr(...) beside __slots__"), "{error}");
        let computed = verdict("class P:\n    __slots__ = tuple('xy')\n").expect_err("computed");
        assert!(computed.contains("literal"), "{computed}");
        let clash = verdict("class P:\n    __slots__ = ('x',)\n    x = 0\n").expect_err("clash");
        assert!(clash.contains("conflicts with class variable"), "{clash}");
    }
}
