//! `class Point(NamedTuple)` with annotated fields, which monty 0.0.23
//! refuses (no inheritance from library classes) and whose named tuples
//! cannot take methods. The class statement loses its base and, after it
//! (on the line `class_members` finds), goes through the `_classes`
//! module's `named_tuple`, which gives the class, methods and all, a
//! tuple's construction (positional, keyword, defaults), repr, equality,
//! hash, ordering, iteration, indexing and `len`, and `_fields`,
//! `_replace`, `_asdict`, `_make`. Not handled (monty's refusal stays):
//! a field without a default after one with, decorators, keywords.
//!
//! `class Movie(TypedDict)` likewise: its calls make plain dicts, as
//! CPython's do (the sandbox's `typing.typed_dict`).

use ruff_python_ast::{Expr, Stmt, StmtClassDef};
use ruff_text_size::{Ranged, TextRange};

use super::class_members::MODULE;

/// A named tuple class statement, as the rewrite handles it.
pub(super) struct NamedTupleClass {
    /// The edit on the statement: its base taken off.
    pub(super) edit: (TextRange, String),
    /// The statement that makes the class a named tuple, after it.
    pub(super) statement: String,
}

fn is_named_tuple(base: &Expr) -> bool {
    super::bare_or_qualified(base, "typing") == Some("NamedTuple")
}

fn is_typed_dict(base: &Expr) -> bool {
    super::bare_or_qualified(base, "typing") == Some("TypedDict")
}

/// Whether `stmt` may be in a TypedDict's body: a field, a docstring.
fn typed_dict_member(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::AnnAssign(field) => field.value.is_none(),
        Stmt::Pass(_) | Stmt::Expr(_) => true,
        _ => false,
    }
}

/// The plan for `class` when it derives from `NamedTuple` or `TypedDict`.
pub(super) fn plan(class: &StmtClassDef) -> Option<NamedTupleClass> {
    let arguments = class.arguments.as_deref()?;
    let [base] = arguments.args.as_ref() else {
        return None;
    };
    // `total=False` only tells a type checker which keys may be missing.
    let total_only = arguments.keywords.iter().all(|k| {
        k.arg.as_ref().is_some_and(|a| a.id.as_str() == "total")
            && matches!(k.value, Expr::BooleanLiteral(_))
    });
    if !total_only || !class.decorator_list.is_empty() {
        return None;
    }
    let owner = class.name.id.as_str();
    if is_typed_dict(base) && class.body.iter().all(typed_dict_member) {
        return Some(NamedTupleClass {
            edit: (arguments.range(), String::new()),
            statement: format!("{owner} = __codeact_mod_typing.typed_dict({owner})"),
        });
    }
    if !is_named_tuple(base) || !arguments.keywords.is_empty() {
        return None;
    }
    let mut fields = Vec::new();
    let mut defaulted = Vec::new();
    for stmt in &class.body {
        let Stmt::AnnAssign(field) = stmt else {
            continue;
        };
        let Expr::Name(name) = field.target.as_ref() else {
            return None;
        };
        if name.id.starts_with('_') {
            return None;
        }
        if field.value.is_some() {
            defaulted.push(format!("\"{}\", ", name.id));
        } else if !defaulted.is_empty() {
            return None;
        }
        fields.push(format!("\"{}\", ", name.id));
    }
    Some(NamedTupleClass {
        edit: (arguments.range(), String::new()),
        statement: format!(
            "{owner} = {MODULE}.named_tuple({owner}, \"{owner}\", ({}), ({}))",
            fields.concat(),
            defaulted.concat()
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_named_tuple_class_gets_a_tuples_behaviour_after_it() {
        let out = rewritten(
            "class Point(NamedTuple):\n    x: int\n    y: int = 0\n    def norm(self):\n        return abs(self.x) + abs(self.y)\n\nprint(Point(1))\n",
        );
        assert!(out.starts_with("class Point:\n"), "{out}");
        assert!(
            out.contains("Point = __codeact_mod__classes.named_tuple(Point, \"Point\", (\"x\", \"y\", ), (\"y\", ))"),
            "{out}"
        );
    }

    #[test]
    fn a_default_before_a_field_without_one_is_left_to_monty() {
        let code = "class P(NamedTuple):\n    x: int = 0\n    y: int\n";
        assert_eq!(rewritten(code), code);
    }
}
