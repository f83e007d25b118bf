//! Classes deriving from `Enum`, `IntEnum` or `StrEnum`, or from `str` or
//! `int` and `Enum` (`class Status(str, Enum)`), which monty 0.0.23
//! refuses (no inheritance from library classes, no metaclasses).
//!
//! The class statement loses its base and, after it (on the line
//! `class_members` finds), rebinds its name to the sandbox `enum` module's
//! `build(...)`, which makes the members from the class attributes (the
//! values as written, `auto()` numbered as CPython numbers it) and returns
//! an object that iterates, indexes, looks up by value and prints like
//! CPython's enum class. Calls `Color(value)` of such a class become
//! `Color._codeact_call(value)`; `len(Color)`, `Color[name]` and
//! `isinstance(x, Color)` reach the object through the `_classes` module.
//! `@unique` is applied to the result; `Flag` and `IntFlag` members
//! combine through the `_classes` module's operators. Not handled (monty's
//! refusal stays): other decorators, keywords in the class statement.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{Expr, Stmt, StmtClassDef, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

/// The sandbox's `enum` module.
const MODULE: &str = "__codeact_mod_enum";

/// An enum class statement, as the rewrite handles it.
pub(super) struct EnumClass {
    /// `Enum`, `IntEnum` or `StrEnum`; a `str` or `int` mixin is the last
    /// two's kind (its members print as `Enum`'s do, `Status.OPEN`).
    pub(super) kind: &'static str,
    /// The edits on the statement: its bases and `@unique` taken off.
    pub(super) edits: Vec<(TextRange, String)>,
    /// The statement that builds the members, after the class.
    pub(super) statement: String,
}

fn kind_of(base: &Expr) -> Option<&'static str> {
    match super::bare_or_qualified(base, "enum")? {
        "Enum" => Some("Enum"),
        "IntEnum" => Some("IntEnum"),
        "StrEnum" => Some("StrEnum"),
        "Flag" => Some("Flag"),
        "IntFlag" => Some("IntFlag"),
        _ => None,
    }
}

fn is_unique(decorator: &Expr) -> bool {
    super::bare_or_qualified(decorator, "enum") == Some("unique")
}

/// Whether `name` is a member name in CPython's rules: not a dunder, not a
/// `_sunder_`, not private.
fn member_name(name: &str) -> bool {
    let sunder = name.len() > 2 && name.starts_with('_') && name.ends_with('_');
    !(name.starts_with("__") || sunder)
}

fn is_class_method(def: &StmtFunctionDef) -> bool {
    def.decorator_list
        .iter()
        .any(|d| matches!(&d.expression, Expr::Name(n) if n.id.as_str() == "classmethod"))
}

/// Calls `cls(value)` in a class method of an enum, where `cls` is the
/// enum: its lookup by value, `cls._codeact_call(value)`.
fn enum_calls_in_class_method(def: &StmtFunctionDef) -> Vec<(TextRange, String)> {
    struct Calls<'n> {
        name: &'n str,
        edits: Vec<(TextRange, String)>,
    }
    impl<'a> Visitor<'a> for Calls<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Name(callee) = call.func.as_ref()
                && callee.id.as_str() == self.name
            {
                self.edits
                    .push((callee.range(), format!("{}._codeact_call", self.name)));
            }
            walk_expr(self, expr);
        }
    }
    let Some(first) = def
        .parameters
        .posonlyargs
        .iter()
        .chain(&def.parameters.args)
        .next()
    else {
        return Vec::new();
    };
    let mut calls = Calls {
        name: first.parameter.name.id.as_str(),
        edits: Vec::new(),
    };
    for stmt in &def.body {
        calls.visit_stmt(stmt);
    }
    calls.edits
}

/// A Flag's members written with `auto()`, which CPython's class body
/// reads as the numbers `auto()` gives (each the power of two above the
/// highest value so far), so that `RW = R | W` combines them there: the
/// `auto()` calls as those numbers, where every member before them is a
/// number, an `auto()` or a combination of earlier ones. (The `auto`
/// objects of the sandbox's module get their numbers only when the enum is
/// built, too late for `|` in the body.)
fn flag_values(class: &StmtClassDef) -> Vec<(TextRange, String)> {
    fn is_auto(expr: &Expr) -> bool {
        matches!(expr, Expr::Call(call)
            if call.arguments.is_empty()
                && super::bare_or_qualified(&call.func, "enum") == Some("auto"))
    }
    fn value(expr: &Expr, known: &[(&str, i64)]) -> Option<i64> {
        match expr {
            Expr::NumberLiteral(number) => number.value.as_int()?.as_i64(),
            Expr::Name(name) => known
                .iter()
                .find(|(n, _)| *n == name.id.as_str())
                .map(|(_, v)| *v),
            Expr::BinOp(binop) => {
                let (left, right) = (value(&binop.left, known)?, value(&binop.right, known)?);
                match binop.op {
                    ruff_python_ast::Operator::BitOr => Some(left | right),
                    ruff_python_ast::Operator::BitAnd => Some(left & right),
                    ruff_python_ast::Operator::BitXor => Some(left ^ right),
                    _ => None,
                }
            }
            _ => None,
        }
    }
    let mut known: Vec<(&str, i64)> = Vec::new();
    let mut edits = Vec::new();
    for stmt in &class.body {
        let Stmt::Assign(assign) = stmt else {
            continue;
        };
        let [Expr::Name(name)] = assign.targets.as_slice() else {
            return Vec::new();
        };
        if !member_name(name.id.as_str()) {
            continue;
        }
        let number = if is_auto(&assign.value) {
            let highest = known.iter().map(|(_, v)| *v).max();
            match highest {
                None => 1,
                Some(highest) if (0..1 << 40).contains(&highest) => {
                    1_i64 << (64 - highest.leading_zeros())
                }
                Some(_) => return edits,
            }
        } else if let Some(number) = value(&assign.value, &known) {
            number
        } else {
            return edits;
        };
        if is_auto(&assign.value) {
            edits.push((assign.value.range(), number.to_string()));
        }
        known.push((name.id.as_str(), number));
    }
    edits
}

/// The plan for `class` when it derives from one of the enum classes.
pub(super) fn plan(class: &StmtClassDef) -> Option<EnumClass> {
    let arguments = class.arguments.as_deref()?;
    let (kind, named) = match arguments.args.as_ref() {
        [base] => (kind_of(base)?, false),
        // CPython wants the data type first (`(Enum, str)` is its TypeError).
        [Expr::Name(data), base] if kind_of(base) == Some("Enum") => match data.id.as_str() {
            "str" => ("StrEnum", true),
            "int" => ("IntEnum", true),
            _ => return None,
        },
        _ => return None,
    };
    if !arguments.keywords.is_empty() {
        return None;
    }
    let mut edits = vec![(arguments.range(), String::new())];
    let mut unique = false;
    for decorator in &class.decorator_list {
        if !is_unique(&decorator.expression) {
            return None;
        }
        unique = true;
        // The decorator stays, as one that changes nothing (its line may be
        // where the statements of the class above go); the check runs on
        // the built enum.
        edits.push((decorator.expression.range(), format!("{MODULE}.keep")));
    }
    if kind == "Flag" || kind == "IntFlag" {
        edits.extend(flag_values(class));
    }
    let mut members = Vec::new();
    let mut functions = Vec::new();
    // The special methods the class writes itself, which the members keep.
    let mut own_specials = Vec::new();
    let mut has_init = false;
    for stmt in &class.body {
        match stmt {
            Stmt::Assign(assign) => {
                let [Expr::Name(name)] = assign.targets.as_slice() else {
                    return None;
                };
                if matches!(assign.value.as_ref(), Expr::Lambda(_)) {
                    continue;
                }
                if member_name(name.id.as_str()) {
                    members.push(format!("\"{}\", ", name.id));
                }
            }
            Stmt::FunctionDef(def) => {
                let name = def.name.id.as_str();
                // A property is read on members (the class's `class_members`
                // rewrite routes those reads), not on the enum.
                let property = def.decorator_list.iter().any(|d| {
                    !matches!(&d.expression, Expr::Name(n) if matches!(n.id.as_str(), "staticmethod" | "classmethod"))
                });
                if is_class_method(def) {
                    edits.extend(enum_calls_in_class_method(def));
                }
                if matches!(name, "__str__" | "__repr__" | "__eq__" | "__hash__") {
                    own_specials.push(format!("\"{name}\", "));
                }
                if name == "__init__" {
                    has_init = true;
                } else if !name.starts_with("__") && !property {
                    functions.push(format!("\"{name}\", "));
                }
            }
            Stmt::Pass(_) | Stmt::Expr(_) => {}
            _ => return None,
        }
    }
    let owner = class.name.id.as_str();
    let python_bool = |flag: bool| if flag { "True" } else { "False" };
    let mut build = format!(
        "{MODULE}.build({owner}, \"{owner}\", ({}), \"{kind}\", {}, ({}), {}, ({}))",
        members.concat(),
        python_bool(has_init),
        functions.concat(),
        python_bool(named),
        own_specials.concat()
    );
    if unique {
        build = format!("{MODULE}.unique({build})");
    }
    Some(EnumClass {
        kind,
        edits,
        statement: format!("{owner} = {build}"),
    })
}

/// `Color(value)` of an enum class of the session: its lookup by value.
/// In a session with enum classes, `type(x)` goes through the module too
/// (a member's type is its enum), and with an IntEnum so do `int(x)` and
/// `float(x)`.
pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(name) = call.func.as_ref() else {
        return;
    };
    if context.facts.enums.is_empty() {
        return;
    }
    let id = name.id.as_str();
    if context.facts.enums.contains(id) {
        edits.replace(name.range(), format!("{id}._codeact_call"));
        return;
    }
    let single = call.arguments.args.len() == 1
        && call.arguments.keywords.is_empty()
        && !matches!(call.arguments.args[0], Expr::Starred(_));
    let helper = match id {
        "type" => "type_of",
        "int" if context.facts.int_enums => "int_of",
        "float" if context.facts.int_enums => "float_of",
        _ => return,
    };
    if single && !context.bound.any(&[id, "type", "getattr"]) {
        edits.replace(name.range(), format!("{MODULE}.{helper}"));
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn an_enum_class_becomes_a_class_and_its_members() {
        let out = rewritten(
            "from enum import Enum, auto\nclass Color(Enum):\n    RED = 1\n    GREEN = auto()\n    def label(self):\n        return self.name.lower()\n\nprint(Color(1), Color.GREEN.label())\n",
        );
        assert!(out.contains("class Color:\n"), "{out}");
        assert!(
            out.contains("Color = __codeact_mod_enum.build(Color, \"Color\", (\"RED\", \"GREEN\", ), \"Enum\", False, (\"label\", ), False, ())"),
            "{out}"
        );
        assert!(
            out.contains("print(Color._codeact_call(1), Color.GREEN.label())"),
            "{out}"
        );
    }

    #[test]
    fn other_decorators_and_bases_are_left_to_monty() {
        for code in [
            "@dataclass\nclass P(Enum):\n    R = 1\n",
            "class P(Enum, metaclass=M):\n    R = 1\n",
            "class P(Enum, str):\n    R = 'r'\n",
            "class P(float, Enum):\n    R = 1.0\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
