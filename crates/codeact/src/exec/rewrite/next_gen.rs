//! `next(x for x in xs if ...)`: monty 0.0.23 builds a generator
//! expression's values at once, as a list, and `next` refuses a list
//! ("'list' object is not an iterator"). `next(iter(...))` takes the first
//! value of that list, which is the value CPython's lazy generator yields
//! first; the difference would show only through side effects of the
//! values computed after it, so the rewrite happens only when the
//! expression calls nothing but builtins and str/dict methods without
//! side effects, and assigns nothing (`:=`).

use ruff_python_ast::Expr;
use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

pub(super) const PURE_BUILTINS: &[&str] = &[
    "len",
    "abs",
    "int",
    "str",
    "float",
    "bool",
    "min",
    "max",
    "sum",
    "sorted",
    "isinstance",
    "ord",
    "chr",
    "round",
    "range",
    "enumerate",
    "zip",
    "reversed",
    "tuple",
    "list",
    "set",
    "dict",
    "any",
    "all",
    "repr",
];

pub(super) const PURE_METHODS: &[&str] = &[
    "count",
    "startswith",
    "endswith",
    "isdigit",
    "isalpha",
    "isalnum",
    "isupper",
    "islower",
    "isspace",
    "lower",
    "upper",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "get",
    "find",
    "index",
    "keys",
    "values",
    "items",
    "join",
    "replace",
    "title",
];

struct Purity<'c> {
    context: &'c Context<'c>,
    pure: bool,
}

impl<'a> Visitor<'a> for Purity<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) => {
                let allowed = match call.func.as_ref() {
                    Expr::Name(name) => {
                        PURE_BUILTINS.contains(&name.id.as_str())
                            && !self.context.bound.any(&[name.id.as_str()])
                    }
                    Expr::Attribute(attribute) => {
                        PURE_METHODS.contains(&attribute.attr.id.as_str())
                    }
                    _ => false,
                };
                if !allowed {
                    self.pure = false;
                }
            }
            Expr::Named(_)
            | Expr::Await(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Lambda(_) => {
                self.pure = false;
            }
            _ => {}
        }
        if self.pure {
            walk_expr(self, expr);
        }
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(func) = call.func.as_ref() else {
        return;
    };
    let args = &call.arguments;
    if func.id.as_str() != "next"
        || !args.keywords.is_empty()
        || !(1..=2).contains(&args.args.len())
        || context.bound.any(&["next", "iter"])
    {
        return;
    }
    let Expr::Generator(generator) = &args.args[0] else {
        return;
    };
    if super::lazy_generators::handled(call, context).is_some() {
        return;
    }
    let mut purity = Purity {
        context,
        pure: true,
    };
    purity.visit_expr(&args.args[0]);
    if !purity.pure {
        return;
    }
    if generator.parenthesized {
        edits.open(generator.range(), "iter(");
        edits.close(generator.range(), ")");
    } else {
        edits.open(generator.range(), "iter((");
        edits.close(generator.range(), "))");
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn next_of_a_pure_generator_takes_the_first_value() {
        // One `for` clause is lazy_generators' (values one at a time); this
        // rewrite takes the pure ones with more.
        assert_eq!(
            rewritten("next((c for w in ws for c in w if w.count(c) == 1), None)"),
            "next(iter((c for w in ws for c in w if w.count(c) == 1)), None)"
        );
        assert_eq!(
            rewritten("next(p for q in qs for p in ps if n - p in ps)"),
            "next(iter((p for q in qs for p in ps if n - p in ps)))"
        );
        for code in [
            "next(x for y in ys for x in y if check(x))",
            "next(it)",
            "next((y := x) for z in zs for x in z)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
