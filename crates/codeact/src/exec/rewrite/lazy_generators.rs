//! Generator expressions, which monty 0.0.23 builds at once, as a list:
//! every element is computed where the expression stands, so `any` sees
//! them only after tool calls and prints in all of them happened, an
//! element that raises stops code CPython would have finished, an endless
//! iterable never ends, names rebound before the values are used are not
//! seen (late binding), and a second pass over a used-up generator finds
//! the values again. CPython computes each value when it is asked for.
//!
//! `(E for T in IT if C)` becomes
//! `generator(lambda s: [E for T in s(lambda: IT) if C])`, and
//! `any(E for T in IT if C)` `lazy_any(lambda s: [...])` (`all` and
//! `next` alike): the sandbox's `_lazy` module calls the lambda once per
//! value, `s`
//! evaluating `IT` on the first call and handing out one element per call,
//! so each value is computed only when it is needed, in CPython's order.
//! `generator` makes that first call when it is created, as CPython
//! evaluates `IT` at once. Only one `for` clause, no `:=`, `await` or
//! `yield`, not directly in a class body (a lambda there does not see the
//! class's names) and not in `assert` or `raise` (where monty mishandles
//! the lambda's closure).
//!
//! The sole argument of a builtin that takes every value at once and calls
//! nothing of the user's between them (`sum`, `list`, `sorted`, `"".join`,
//! ...) stays monty's list: the values and their order are the same. So
//! do a tool's arguments, and a generator whose values reach a tool or the
//! host (see `host_callers`): there monty's eager list is what runs, as
//! before.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{Expr, ExprCall, ExprGenerator};
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &["iter", "next"];

struct Forbidden(bool);

impl<'a> Visitor<'a> for Forbidden {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if matches!(
            expr,
            Expr::Named(_) | Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_)
        ) {
            self.0 = true;
        }
        if !self.0 {
            walk_expr(self, expr);
        }
    }
}

/// Builtins that take every value of their one argument at once.
const CONSUMERS: &[&str] = &[
    "list",
    "tuple",
    "set",
    "frozenset",
    "sorted",
    "sum",
    "min",
    "max",
    "dict",
];

/// The generator expression `call` takes whole (or through `handled`), if
/// it has one.
pub(super) fn consumed<'a>(call: &'a ExprCall, context: &Context<'_>) -> Option<&'a ExprGenerator> {
    if let Some((generator, _)) = handled(call, context) {
        return Some(generator);
    }
    // A tool takes its arguments as values: a list, not the sandbox's
    // generator object.
    if let Expr::Name(name) = call.func.as_ref()
        && context.facts.tools.contains(name.id.as_str())
    {
        return call
            .arguments
            .args
            .iter()
            .chain(call.arguments.keywords.iter().map(|k| &k.value))
            .find_map(|arg| match arg {
                Expr::Generator(generator) => Some(generator),
                _ => None,
            });
    }
    let [Expr::Generator(generator)] = call.arguments.args.as_ref() else {
        return None;
    };
    if !call.arguments.keywords.is_empty() {
        return None;
    }
    let consumer = match call.func.as_ref() {
        Expr::Name(name) => {
            CONSUMERS.contains(&name.id.as_str()) && !context.bound.any(&[name.id.as_str()])
        }
        Expr::Attribute(attribute) => attribute.attr.id.as_str() == "join",
        _ => false,
    };
    consumer.then_some(generator)
}

/// Whether `generator` can be taken one value at a time.
fn lazy_capable(generator: &ExprGenerator, context: &Context<'_>) -> bool {
    let [clause] = generator.generators.as_slice() else {
        return false;
    };
    if context.in_class_body || context.no_closures || context.bound.any(HELPER_BUILTINS) {
        return false;
    }
    let mut forbidden = Forbidden(clause.is_async);
    forbidden.visit_expr(&generator.elt);
    forbidden.visit_expr(&clause.target);
    forbidden.visit_expr(&clause.iter);
    for condition in &clause.ifs {
        forbidden.visit_expr(condition);
    }
    !forbidden.0
}

/// The generator and the helper when this rewrite takes `call`.
pub(super) fn handled<'a>(
    call: &'a ExprCall,
    context: &Context<'_>,
) -> Option<(&'a ExprGenerator, &'static str)> {
    let Expr::Name(func) = call.func.as_ref() else {
        return None;
    };
    let helper = match func.id.as_str() {
        "any" => "lazy_any",
        "all" => "lazy_all",
        "next" => "lazy_next",
        _ => return None,
    };
    let args = &call.arguments.args;
    let arity_ok = if helper == "lazy_next" {
        (1..=2).contains(&args.len())
    } else {
        args.len() == 1
    };
    if !arity_ok || !call.arguments.keywords.is_empty() || context.bound.any(&[func.id.as_str()]) {
        return None;
    }
    let Some(Expr::Generator(generator)) = args.first() else {
        return None;
    };
    lazy_capable(generator, context).then_some((generator, helper))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if let Expr::Generator(generator) = expr {
        // The values of a lazy generator are computed in its `__next__`,
        // which builtins (`list`, `zip`, `*` unpacking) and loops call
        // from monty's own code, where a tool call cannot pause the
        // interpreter: only expressions that reach no tool (nor the host)
        // become lazy. `any`, `all` and `next` above compute each value
        // from Python code, so there anything goes.
        if !context.consumed
            && lazy_capable(generator, context)
            && !super::host_callers::expr_reaches(expr, &context.facts.host_callers)
        {
            make_lazy(generator, context.source, edits);
        }
        return;
    }
    let Expr::Call(call) = expr else {
        return;
    };
    let Some((generator, helper)) = handled(call, context) else {
        return;
    };
    let clause = &generator.generators[0];
    let last = clause_end(clause, context.source);
    edits.replace(
        TextRange::new(call.start(), element_start(generator, context.source)),
        format!("__codeact_mod__lazy.{helper}(lambda __codeact_s: ["),
    );
    edits.open(clause.iter.range(), "__codeact_s(lambda: ");
    edits.close(clause.iter.range(), ")");
    let tail_end = if call.arguments.args.len() == 2 {
        generator.end()
    } else {
        call.end()
    };
    let tail = if call.arguments.args.len() == 2 {
        "]"
    } else {
        "])"
    };
    edits.replace(TextRange::new(last, tail_end), tail);
}

/// `(E for T in IT if C)` as the `_lazy` module's `generator`.
fn make_lazy(generator: &ExprGenerator, source: &str, edits: &mut Edits) {
    const OPEN: &str = "__codeact_mod__lazy.generator(lambda __codeact_s: [";
    let clause = &generator.generators[0];
    let last = clause_end(clause, source);
    edits.open(clause.iter.range(), "__codeact_s(lambda: ");
    edits.close(clause.iter.range(), ")");
    if generator.parenthesized {
        edits.replace(
            TextRange::new(generator.start(), element_start(generator, source)),
            OPEN,
        );
        edits.replace(TextRange::new(last, generator.end()), "])");
    } else {
        edits.open(generator.range(), OPEN);
        edits.close(generator.range(), "])");
    }
}

/// Where the `for` clause ends: after its last condition, or its
/// iterable, with the parentheses around it (`for x in (xs)`).
fn clause_end(clause: &ruff_python_ast::Comprehension, source: &str) -> ruff_text_size::TextSize {
    let last = clause.ifs.last().unwrap_or(&clause.iter).range();
    let before = source.get(..usize::from(last.start())).unwrap_or_default();
    let mut open = 0;
    for character in before.chars().rev() {
        match character {
            '(' => open += 1,
            ' ' | '\t' | '\n' | '\r' | '\\' => {}
            _ => break,
        }
    }
    let after = source.get(usize::from(last.end())..).unwrap_or_default();
    let mut end = usize::from(last.end());
    for (index, character) in after.char_indices() {
        if open == 0 {
            break;
        }
        match character {
            ')' => {
                open -= 1;
                end = usize::from(last.end()) + index + 1;
            }
            ' ' | '\t' | '\n' | '\r' | '\\' => {}
            _ => break,
        }
    }
    ruff_text_size::TextSize::try_from(end).unwrap_or(last.end())
}

/// Where the element of `generator` starts with the parentheses around
/// it (`((a - b) for ...)`: the element's own range starts at `a`); as
/// many as close between the element and its `for`.
fn element_start(generator: &ExprGenerator, source: &str) -> ruff_text_size::TextSize {
    let element = generator.elt.range();
    let between = source
        .get(usize::from(element.end())..usize::from(generator.generators[0].start()))
        .unwrap_or_default();
    let mut open = between.matches(')').count();
    let before = source
        .get(..usize::from(element.start()))
        .unwrap_or_default();
    let mut start = before.len();
    for (index, character) in before.char_indices().rev() {
        if open == 0 {
            break;
        }
        match character {
            '(' => {
                open -= 1;
                start = index;
            }
            ' ' | '\t' | '\n' | '\r' | '\\' => {}
            _ => break,
        }
    }
    ruff_text_size::TextSize::try_from(start).unwrap_or(element.start())
}

#[cfg(test)]
mod tests {
    use super::super::{rewritten, rewritten_with_tools};

    #[test]
    fn any_all_and_next_take_elements_one_at_a_time() {
        assert_eq!(
            rewritten("ok = any(check(x) for x in xs)"),
            "ok = __codeact_mod__lazy.lazy_any(lambda __codeact_s: [check(x) for x in __codeact_s(lambda: xs)])"
        );
        assert_eq!(
            rewritten("ok = all((f(k, v) for k, v in d.items() if v))"),
            "ok = __codeact_mod__lazy.lazy_all(lambda __codeact_s: [f(k, v) for k, v in __codeact_s(lambda: d.items()) if v])"
        );
        assert_eq!(
            rewritten("ok = any(x for x in (xs) if (x))"),
            "ok = __codeact_mod__lazy.lazy_any(lambda __codeact_s: [x for x in (__codeact_s(lambda: xs)) if (x)])"
        );
        assert_eq!(
            rewritten("ok = any(((x - 1) for x in xs))"),
            "ok = __codeact_mod__lazy.lazy_any(lambda __codeact_s: [(x - 1) for x in __codeact_s(lambda: xs)])"
        );
        assert_eq!(
            rewritten("first = next((u for u in users if u.ok), None)"),
            "first = __codeact_mod__lazy.lazy_next(lambda __codeact_s: [u for u in __codeact_s(lambda: users) if u.ok], None)"
        );
        assert_eq!(
            rewritten("ok = any(a | b for a in xs)"),
            "ok = __codeact_mod__lazy.lazy_any(lambda __codeact_s: [__codeact_mod__sets.union(a , b) for a in __codeact_s(lambda: xs)])"
        );
        for code in [
            "any(x for x in xs for y in x)",
            "any([x for x in xs])",
            "any((y := x) for x in xs)",
            "iter = 1\nany(x for x in xs)",
            "class C:\n    ok = all(x for x in xs)",
            "def f(a):\n    assert all(x for x in a)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }

    #[test]
    fn generators_not_taken_whole_compute_values_when_asked() {
        assert_eq!(
            rewritten("gen = (total * k for k in range(3))"),
            "gen = __codeact_mod__lazy.generator(lambda __codeact_s: [total * k for k in __codeact_s(lambda: range(3))])"
        );
        assert_eq!(
            rewritten("g = (fetch(k) for k in keys)"),
            "g = __codeact_mod__lazy.generator(lambda __codeact_s: [fetch(k) for k in __codeact_s(lambda: keys)])"
        );
        for code in [
            "g = (fetch(k) for k in keys)",
            "def get(k):\n    return fetch(k)\ng = (get(k) for k in keys)",
            "class Page:\n    def __init__(self, k):\n        self.text = fetch(k)\ng = (Page(k) for k in keys)",
            "class Page:\n    def load(self):\n        return fetch(1)\ng = (p.load() for p in pages)",
            "import time\ng = (time.time() for _ in range(3))",
            "from time import sleep as nap\ng = (nap(k) for k in keys)",
            "show = fetch\ng = (show(k) for k in keys)",
            "n = fetch(x for x in xs)",
        ] {
            assert_eq!(rewritten_with_tools(code, &["fetch"]), code);
        }
        assert_eq!(
            rewritten("pairs = zip(names, (len(n) for n in names if n))"),
            "pairs = __codeact_mod__generator.iterator_zip(names, __codeact_mod__lazy.generator(lambda __codeact_s: [len(n) for n in __codeact_s(lambda: names) if n]))"
        );
        assert_eq!(
            rewritten("show(x for x in xs)"),
            "show(__codeact_mod__lazy.generator(lambda __codeact_s: [x for x in __codeact_s(lambda: xs)]))"
        );
        for code in [
            "total = sum(x * x for x in xs)",
            "text = ', '.join(str(v) for v in values)",
            "best = sorted(x for x in xs)",
            "g = (x for row in rows for x in row)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
