//! The order sets come out in. monty 0.0.23 iterates a set in insertion
//! order; CPython in the order of its hash table, so `print({3, 1, 2})`
//! showed `{3, 1, 2}` where CPython shows `{1, 2, 3}` (a silent wrong
//! answer). Where a set's order shows, the value goes through the `_sets`
//! module, which lays the elements out the way CPython's table does: the
//! iterable of a `for` or a comprehension, the argument of `list`, `tuple`,
//! `enumerate`, `iter`, `zip`, `map`, `filter` and `str.join`, a starred
//! argument; what `print`, `str`, `repr` and an f-string field show.
//! Anything that is not a set passes through as it is. Only sessions whose
//! code makes a set are rewritten.
//!
//! The table CPython builds depends on how the set was made, so the places
//! that make one the way a fresh build in insertion order would not are
//! rewritten too: a literal of three or more constants (a frozenset
//! constant copied in), `set(x)`/`frozenset(x)` of a set or a dict (a
//! copy), and the operators (see `set_operators`).

use ruff_python_ast::{Comprehension, Expr, InterpolatedStringElement, Stmt, UnaryOp};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const MODULE: &str = "__codeact_mod__sets";

/// Builtins the module calls or the rewritten calls name: code binding one
/// keeps its sets as monty orders them.
const MODULE_BUILTINS: &[&str] = &[
    "type",
    "set",
    "frozenset",
    "list",
    "tuple",
    "dict",
    "len",
    "id",
    "all",
    "range",
    "int",
    "abs",
    "repr",
    "str",
    "print",
    "enumerate",
    "zip",
];

fn active(context: &Context<'_>) -> bool {
    context.facts.sets && !context.bound.any(MODULE_BUILTINS)
}

/// Whether `suite` makes a set: a literal, a comprehension, a call of
/// `set` or `frozenset`. Code of a session that never does is left as it
/// is (sets reach it no other way but through a tool, as lists).
pub(super) fn makes_sets(suite: &[Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 = self.0
                || matches!(expr, Expr::Set(_) | Expr::SetComp(_))
                || matches!(expr, Expr::Call(call) if matches!(call.func.as_ref(),
                    Expr::Name(name) if matches!(name.id.as_str(), "set" | "frozenset")));
            if !self.0 {
                ruff_python_ast::visitor::walk_expr(self, expr);
            }
        }
    }
    let mut finder = Finder(false);
    for stmt in suite {
        ruff_python_ast::visitor::Visitor::visit_stmt(&mut finder, stmt);
    }
    finder.0
}

/// Whether `expr` is plainly not a set, so its order needs no help.
fn not_a_set(expr: &Expr) -> bool {
    match expr {
        Expr::List(_)
        | Expr::Tuple(_)
        | Expr::Dict(_)
        | Expr::ListComp(_)
        | Expr::DictComp(_)
        | Expr::Generator(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::FString(_)
        | Expr::NumberLiteral(_) => true,
        Expr::Call(call) => match call.func.as_ref() {
            Expr::Name(name) => matches!(
                name.id.as_str(),
                "range"
                    | "enumerate"
                    | "zip"
                    | "sorted"
                    | "reversed"
                    | "list"
                    | "tuple"
                    | "str"
                    | "dict"
                    | "map"
                    | "filter"
            ),
            Expr::Attribute(attribute) => matches!(
                attribute.attr.id.as_str(),
                "items"
                    | "keys"
                    | "values"
                    | "split"
                    | "splitlines"
                    | "findall"
                    | "finditer"
                    | "strip"
                    | "lower"
                    | "upper"
            ),
            _ => false,
        },
        _ => false,
    }
}

fn wrap(expr: &Expr, helper: &str, edits: &mut Edits) {
    edits.open(expr.range(), format!("{MODULE}.{helper}("));
    edits.close(expr.range(), ")");
}

fn order(expr: &Expr, edits: &mut Edits) {
    if !not_a_set(expr) {
        wrap(expr, "order", edits);
    }
}

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    if let Stmt::For(for_stmt) = stmt
        && !for_stmt.is_async
        && active(context)
    {
        order(&for_stmt.iter, edits);
    }
}

fn is_constant(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(unary) => {
            matches!(unary.op, UnaryOp::USub | UnaryOp::UAdd)
                && matches!(unary.operand.as_ref(), Expr::NumberLiteral(_))
        }
        Expr::Tuple(tuple) => tuple.elts.iter().all(is_constant),
        _ => false,
    }
}

fn comprehensions(generators: &[Comprehension], edits: &mut Edits) {
    for generator in generators {
        if !generator.is_async {
            order(&generator.iter, edits);
        }
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if !active(context) {
        return;
    }
    match expr {
        Expr::ListComp(comp) => comprehensions(&comp.generators, edits),
        Expr::SetComp(comp) => comprehensions(&comp.generators, edits),
        Expr::DictComp(comp) => comprehensions(&comp.generators, edits),
        Expr::Generator(comp) => comprehensions(&comp.generators, edits),
        Expr::Set(set) if set.elts.len() > 2 && set.elts.iter().all(is_constant) => {
            wrap(expr, "literal", edits);
        }
        Expr::FString(fstring) => {
            for element in fstring.value.elements() {
                if let InterpolatedStringElement::Interpolation(field) = element
                    && field.debug_text.is_none()
                    && field.format_spec.is_none()
                    && field.conversion == ruff_python_ast::ConversionFlag::None
                {
                    wrap(&field.expression, "show", edits);
                }
            }
        }
        Expr::Call(call) => on_call(call, context, edits),
        _ => {}
    }
}

fn on_call(call: &ruff_python_ast::ExprCall, context: &Context<'_>, edits: &mut Edits) {
    let args = &call.arguments;
    for arg in args.args.iter() {
        if let Expr::Starred(starred) = arg {
            order(&starred.value, edits);
        }
    }
    let single = match (args.args.as_ref(), args.keywords.is_empty()) {
        ([arg], true) if !matches!(arg, Expr::Starred(_)) => Some(arg),
        _ => None,
    };
    match call.func.as_ref() {
        Expr::Name(name) => match name.id.as_str() {
            "print" => {
                for arg in args.args.iter() {
                    if !matches!(arg, Expr::Starred(_)) && !not_a_set(arg) {
                        wrap(arg, "show", edits);
                    }
                }
            }
            "str" => {
                if let Some(arg) = single.filter(|arg| !not_a_set(arg)) {
                    wrap(arg, "show", edits);
                }
            }
            "repr" if single.is_some() => {
                edits.replace(name.range(), format!("{MODULE}.rep"));
            }
            "map" | "filter" => {
                for arg in args.args.iter().skip(1) {
                    if !matches!(arg, Expr::Starred(_)) {
                        order(arg, edits);
                    }
                }
            }
            "list" | "tuple" | "enumerate" | "iter" => {
                if let Some(first) = args.args.first()
                    && !matches!(first, Expr::Starred(_))
                {
                    order(first, edits);
                }
            }
            "zip" => {
                for arg in args.args.iter() {
                    if !matches!(arg, Expr::Starred(_)) {
                        order(arg, edits);
                    }
                }
            }
            "set" | "frozenset" if single.is_some_and(|arg| !not_a_set(arg)) => {
                edits.replace(name.range(), format!("{MODULE}.{}_of", name.id));
            }
            _ => {}
        },
        Expr::Attribute(attribute) => {
            let method = attribute.attr.id.as_str();
            if method == "join" {
                if let Some(arg) = single {
                    order(arg, edits);
                }
                return;
            }
            let Some(quote) = context.literal_quote else {
                return;
            };
            let helper = match (method, args.args.len(), args.keywords.is_empty()) {
                ("copy", 0, true) => "copy_of(".to_owned(),
                ("union" | "intersection" | "difference", _, true)
                | ("symmetric_difference", 1, true) => {
                    format!("binary_method({quote}{method}{quote}, ")
                }
                // monty's sets lack the in-place methods but `update`, which
                // takes one argument there.
                ("update", 2.., true)
                | (
                    "difference_update" | "intersection_update" | "symmetric_difference_update",
                    _,
                    true,
                ) => format!("update_method({quote}{method}{quote}, "),
                _ => return,
            };
            let Some(dot) = super::attribute_dot(context.source, attribute) else {
                return;
            };
            // `x.union(y)` becomes `binary_method(x, "union", y)`,
            // `x.copy()` `copy_of(x)`: the helpers call the method for
            // anything else.
            let open_paren = args.start() + ruff_text_size::TextSize::new(1);
            if let Some((function, rest)) = helper
                .split_once('(')
                .filter(|(function, _)| function.ends_with("_method"))
            {
                edits.open(call.func.range(), format!("{MODULE}.{function}("));
                edits.replace(
                    ruff_text_size::TextRange::new(dot, open_paren),
                    format!(", {}", rest),
                );
            } else {
                edits.open(call.func.range(), format!("{MODULE}.{helper}"));
                edits.replace(ruff_text_size::TextRange::new(dot, open_paren), "");
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::MODULE;

    /// A block that makes a set (the first line of every case here).
    const MAKES: &str = "s = set()\n";

    fn rewritten(code: &str) -> String {
        let out = super::super::rewritten(&format!("{MAKES}{code}"));
        out.strip_prefix(MAKES)
            .expect("the first line stays")
            .to_string()
    }

    #[test]
    fn where_a_set_shows_its_order_the_module_lays_it_out() {
        assert_eq!(
            rewritten("for x in s:\n    total += x\n"),
            format!("for x in {MODULE}.order(s):\n    total += x\n")
        );
        assert_eq!(
            rewritten("print(s, 'n')\n"),
            format!("print({MODULE}.show(s), 'n')\n")
        );
        assert_eq!(
            rewritten("out = [x * 2 for x in s]\n"),
            format!("out = [x * 2 for x in {MODULE}.order(s)]\n")
        );
        assert_eq!(
            rewritten("t = ', '.join(sorted(s)) + ','.join(s)\n"),
            format!("t = ', '.join(sorted(s)) + ','.join({MODULE}.order(s))\n")
        );
        assert_eq!(
            rewritten("x = f'{s} {n!r}'\n"),
            format!("x = f'{{{MODULE}.show(s)}} {{n!r}}'\n")
        );
        assert_eq!(
            rewritten("b = a.copy()\nc = a.union(b)\n"),
            format!("b = {MODULE}.copy_of(a)\nc = {MODULE}.binary_method(a, \"union\", b)\n")
        );
        assert_eq!(
            rewritten("a = {10, 20, 30}\nb = set(a)\nc = repr(a)\n"),
            format!(
                "a = {MODULE}.literal({{10, 20, 30}})\nb = {MODULE}.set_of(a)\nc = {MODULE}.rep(a)\n"
            )
        );
    }

    #[test]
    fn plain_lists_ranges_and_rebound_builtins_stay() {
        for code in [
            "for i in range(10):\n    pass\n",
            "for k, v in d.items():\n    pass\n",
            "print('total', 3)\n",
            "ys = [y for y in [1, 2]]\n",
            "s = {1, 2}\n",
            "s = {x, 1, 2}\n",
            "def list(x):\n    return x\nfor a in b:\n    pass\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }

    #[test]
    fn code_of_a_session_without_sets_is_untouched() {
        let code = "for x in xs:\n    print(x, f'{x}')\n";
        assert_eq!(super::super::rewritten(code), code);
    }
}
