//! Unpacking into subscripts and attributes (`a[i], a[j] = a[j], a[i]`,
//! `self.x, self.y = x, y`), which monty 0.0.23 refuses ("invalid
//! unpacking target").
//!
//! The statement unpacks into hidden names and then assigns each target
//! from them, on the same line: CPython also evaluates the right side,
//! unpacks it (with the same length errors) and then assigns the targets
//! left to right, evaluating each target's parts at its turn. In a class
//! body, where the hidden names would become class attributes, only
//! `a, b = x, y` is taken, as one assignment per name.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    let Stmt::Assign(assign) = stmt else {
        return;
    };
    let [target] = assign.targets.as_slice() else {
        return;
    };
    let elements = match target {
        Expr::Tuple(tuple) => &tuple.elts,
        Expr::List(list) => &list.elts,
        _ => return,
    };
    if context.in_class_body {
        class_body_pairs(assign, elements, context, edits);
        return;
    }
    if !elements
        .iter()
        .all(|e| matches!(e, Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_)))
        || !elements
            .iter()
            .any(|e| matches!(e, Expr::Subscript(_) | Expr::Attribute(_)))
    {
        return;
    }
    let mut hidden = Vec::new();
    let mut assignments = String::new();
    for (i, element) in elements.iter().enumerate() {
        let Some(text) = context
            .source
            .get(usize::from(element.start())..usize::from(element.end()))
        else {
            return;
        };
        // A target spread over lines cannot be repeated on one line.
        if text.contains('\n') {
            return;
        }
        let name = format!("__codeact_{i}");
        assignments.push_str(&format!("; {text} = {name}"));
        hidden.push(name);
    }
    edits.replace(target.range(), hidden.join(", "));
    edits.close(stmt.range(), assignments);
}

/// `a, b = 1, 2` in a class body ("complex class variable targets" to
/// monty): one assignment per name on the line, which is exact where the
/// values are a tuple of as many, none naming a target (each is computed
/// before any target is bound in CPython).
fn class_body_pairs(
    assign: &ruff_python_ast::StmtAssign,
    targets: &[Expr],
    context: &Context<'_>,
    edits: &mut Edits,
) {
    let Expr::Tuple(values) = assign.value.as_ref() else {
        return;
    };
    if values.elts.len() != targets.len() {
        return;
    }
    let mut names = Vec::new();
    for target in targets {
        let Expr::Name(name) = target else {
            return;
        };
        names.push(name.id.as_str());
    }
    let mut statements = Vec::new();
    for (name, value) in names.iter().zip(&values.elts) {
        if matches!(value, Expr::Starred(_)) || mentions(value, &names) {
            return;
        }
        let Some(text) = context.source.get(value.range().to_std_range()) else {
            return;
        };
        if text.contains('\n') {
            return;
        }
        statements.push(format!("{name} = ({text})"));
    }
    edits.replace(assign.range(), statements.join("; "));
}

/// Whether `expr` reads one of `names`.
fn mentions(expr: &Expr, names: &[&str]) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Finder<'n>(&'n [&'n str], bool);
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && self.0.contains(&name.id.as_str())
            {
                self.1 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder(names, false);
    finder.visit_expr(expr);
    finder.1
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn targets_are_assigned_from_hidden_names() {
        assert_eq!(
            rewritten("a[i], a[j] = a[j], a[i]  # swap\n"),
            "__codeact_0, __codeact_1 = a[j], a[i]; a[i] = __codeact_0; a[j] = __codeact_1  # swap\n"
        );
        assert_eq!(
            rewritten("if ok: self.x, y = (\n    1, 2)\n"),
            "if ok: __codeact_0, __codeact_1 = (\n    1, 2); self.x = __codeact_0; y = __codeact_1\n"
        );
        for code in [
            "a, b = b, a",
            "a[0], *rest = xs",
            "x = a[0], a[1] = 1, 2",
            "(a[0], b), c = xs",
            "class A:\n    t.a, t.b = 1, 2\n",
            "class A:\n    a, b = b, 2\n",
            "class A:\n    a, b = pair\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
        assert_eq!(
            rewritten("class A:\n    lo, hi = 1, limit * 2  # range\n"),
            "class A:\n    lo = (1); hi = (limit * 2)  # range\n"
        );
    }
}
