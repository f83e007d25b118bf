//! A subscripted generic used as a value (`Graph = Dict[str, List[int]]`,
//! `Pair = tuple[int, int]`), which monty 0.0.23 refuses outside
//! annotations. The subscript becomes a call of the sandbox's `typing`
//! module, which returns an object printing as CPython's alias does.
//! Annotations, which monty never evaluates (and the dataclass rewrite
//! reads as written), are left alone.
//! The typing names are those the block imports from `typing`, or
//! `typing.X`; the builtin ones `list`, `dict`, `tuple`, `set`,
//! `frozenset` and `type` where the block does not rebind them. A class of
//! the session declaring `Generic[T]` subscripted (`Stack[int]()`) is the
//! class.

use ruff_python_ast::{Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;

const OPEN: &str = "__codeact_mod_typing.alias(";

/// The generics of `typing` the module takes.
const TYPING_GENERICS: &[&str] = &[
    "List",
    "Dict",
    "Tuple",
    "Set",
    "FrozenSet",
    "Optional",
    "Union",
    "Callable",
    "Iterable",
    "Iterator",
    "Sequence",
    "Mapping",
    "Generator",
    "Type",
    "Literal",
    "Final",
    "ClassVar",
    "Annotated",
    // The sandbox's own (see pymod/typing.py).
    "Deque",
    "DefaultDict",
    "Counter",
    "OrderedDict",
    "ChainMap",
    "MutableMapping",
    "MutableSequence",
    "MutableSet",
    "AbstractSet",
    "Collection",
    "Container",
    "Reversible",
    "KeysView",
    "ItemsView",
    "ValuesView",
    "Awaitable",
    "Coroutine",
    "AsyncIterator",
    "AsyncIterable",
    "AsyncGenerator",
    "ContextManager",
    "TypeGuard",
    "Required",
    "NotRequired",
];

const BUILTIN_GENERICS: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];

/// Where the annotations of `suite` are (of assignments, parameters and
/// returns).
pub(super) fn annotations(suite: &[Stmt]) -> Vec<TextRange> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    #[derive(Default)]
    struct Finder(Vec<TextRange>);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::AnnAssign(assign) => self.0.push(assign.annotation.range()),
                Stmt::FunctionDef(def) => {
                    let parameters = &def.parameters;
                    let all = parameters
                        .posonlyargs
                        .iter()
                        .chain(&parameters.args)
                        .chain(&parameters.kwonlyargs)
                        .map(|p| &p.parameter)
                        .chain(parameters.vararg.as_deref())
                        .chain(parameters.kwarg.as_deref());
                    for parameter in all {
                        if let Some(annotation) = &parameter.annotation {
                            self.0.push(annotation.range());
                        }
                    }
                    if let Some(returns) = &def.returns {
                        self.0.push(returns.range());
                    }
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder::default();
    for stmt in suite {
        finder.visit_stmt(stmt);
    }
    finder.0
}

/// The names `suite` imports from `typing` under their own names.
pub(super) fn typing_imports(suite: &[Stmt]) -> Vec<String> {
    super::imports_from(suite, "typing")
        .into_iter()
        .filter(|(name, bound)| name == bound && TYPING_GENERICS.contains(name))
        .map(|(name, _)| name.to_owned())
        .collect()
}

fn generic(value: &Expr, context: &Context<'_>) -> bool {
    match value {
        Expr::Name(name) => {
            let id = name.id.as_str();
            context.facts.typing_names.contains(id)
                || (BUILTIN_GENERICS.contains(&id) && !context.bound.any(&[id]))
        }
        Expr::Attribute(attribute) => {
            TYPING_GENERICS.contains(&attribute.attr.id.as_str())
                && matches!(attribute.value.as_ref(), Expr::Name(module) if module.id.as_str() == "typing")
        }
        _ => false,
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Subscript(subscript) = expr else {
        return;
    };
    // `Stack[int]` of a class declaring `Generic[T]`: the class itself,
    // as far as anything but the annotations can tell.
    if let Expr::Name(name) = subscript.value.as_ref()
        && subscript.ctx == ExprContext::Load
        && !edits.is_marked(subscript.start())
        && context
            .facts
            .classes
            .get(name.id.as_str())
            .is_some_and(|info| info.generic)
    {
        edits.replace(subscript.range(), name.id.as_str());
        edits.mark(subscript.start());
        return;
    }
    if subscript.ctx != ExprContext::Load
        || context
            .annotations
            .iter()
            .any(|range| range.contains_range(subscript.range()))
        || !generic(&subscript.value, context)
        || matches!(subscript.slice.as_ref(), Expr::Slice(_))
    {
        return;
    }
    let Some(gap) = context
        .source
        .get(usize::from(subscript.value.end())..usize::from(subscript.slice.start()))
    else {
        return;
    };
    let Some(bracket) = gap.find('[') else {
        return;
    };
    let end = subscript.end();
    if context.source.get(usize::from(end) - 1..usize::from(end)) != Some("]") {
        return;
    }
    let Ok(offset) = TextSize::try_from(bracket) else {
        return;
    };
    let open_bracket = TextRange::at(subscript.value.end() + offset, TextSize::new(1));
    let close_bracket = TextRange::at(end - TextSize::new(1), TextSize::new(1));
    let bare_tuple = matches!(subscript.slice.as_ref(), Expr::Tuple(tuple) if !tuple.parenthesized);
    edits.open(subscript.range(), OPEN);
    edits.mark(subscript.start());
    edits.replace(open_bracket, if bare_tuple { ", (" } else { ", " });
    edits.replace(close_bracket, if bare_tuple { ",))" } else { ")" });
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn generics_as_values_ask_the_module() {
        assert_eq!(
            rewritten("from typing import Dict, List\nGraph = Dict[str, List[int]]\n")
                .lines()
                .last(),
            Some(
                "Graph = __codeact_mod_typing.alias(Dict, (str, __codeact_mod_typing.alias(List, int),))"
            )
        );
        assert_eq!(
            rewritten("Pair = tuple[int, int]\n"),
            "Pair = __codeact_mod_typing.alias(tuple, (int, int,))\n"
        );
        for code in [
            "x = items[0]\n",
            "list = [1]\ny = list[0]\n",
            "z = Dict[k]\n",
            "from typing import List\ndef f(x: List[int]) -> List[int]:\n    y: List[int] = x\n    return y\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
