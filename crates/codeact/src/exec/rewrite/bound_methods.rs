//! Methods of builtin objects taken as values, not called where they are
//! read (`add = out.append`, `map(pattern.match, lines)`, `key=d.get`):
//! monty 0.0.23's str, list, dict, set, deque, `re.Pattern` and `re.Match`
//! give their methods only to calls. The read becomes
//! `bound(x, "append")` of the sandbox's `_bound` module, which gives the
//! attribute where monty has it (the code's own objects, modules) and
//! otherwise a function that calls the method. Only for the names of those
//! types' methods, and not for a name a class of the session makes a
//! property.

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

/// The methods of str, list, dict, set, deque, `re.Pattern` and `re.Match`
/// in CPython 3.11.
pub(super) const METHODS: &[&str] = &[
    "add",
    "append",
    "appendleft",
    "capitalize",
    "casefold",
    "center",
    "clear",
    "copy",
    "count",
    "difference",
    "difference_update",
    "discard",
    "encode",
    "end",
    "endswith",
    "expand",
    "expandtabs",
    "extend",
    "extendleft",
    "find",
    "findall",
    "finditer",
    "format",
    "format_map",
    "fromkeys",
    "fullmatch",
    "get",
    "group",
    "groupdict",
    "groups",
    "index",
    "insert",
    "intersection",
    "intersection_update",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isdisjoint",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "issubset",
    "issuperset",
    "istitle",
    "isupper",
    "items",
    "join",
    "keys",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "match",
    "partition",
    "pop",
    "popitem",
    "popleft",
    "remove",
    "removeprefix",
    "removesuffix",
    "replace",
    "reverse",
    "rfind",
    "rindex",
    "rjust",
    "rotate",
    "rpartition",
    "rsplit",
    "rstrip",
    "scanner",
    "search",
    "setdefault",
    "sort",
    "span",
    "split",
    "splitlines",
    "start",
    "startswith",
    "strip",
    "sub",
    "subn",
    "swapcase",
    "symmetric_difference",
    "symmetric_difference_update",
    "title",
    "translate",
    "union",
    "update",
    "upper",
    "values",
    "zfill",
];

/// Special methods called by name (`xs.__len__()`, `key=d.__getitem__`),
/// which monty's builtin values lack even for calls: called or not, they go
/// through the module, whose callers perform the operation.
const SPECIAL_METHODS: &[&str] = &[
    "__contains__",
    "__getitem__",
    "__hash__",
    "__iter__",
    "__len__",
    "__next__",
    "__repr__",
    "__str__",
];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let name = attribute.attr.id.as_str();
    let special = SPECIAL_METHODS.contains(&name)
        // `super().__len__()`: the inheritance rewrite's.
        && !matches!(attribute.value.as_ref(), Expr::Call(call)
            if matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "super"));
    if (context.called_method && !special)
        || !attribute.ctx.is_load()
        || (METHODS.binary_search(&name).is_err() && !special)
        || context.facts.properties.contains(name)
        || context.bound.any(&["getattr"])
        // `str.upper` and the like, the unbound methods: `methods`.
        || matches!(attribute.value.as_ref(), Expr::Name(owner)
            if matches!(owner.id.as_str(), "str" | "list" | "dict" | "set" | "frozenset" | "tuple" | "bytes" | "int" | "float"))
    {
        return;
    }
    let (Some(quote), Some(dot)) = (
        context.literal_quote,
        super::attribute_dot(context.source, attribute),
    ) else {
        return;
    };
    edits.open(expr.range(), "__codeact_mod__bound.bound(");
    edits.replace(
        TextRange::new(dot, expr.end()),
        format!(", {quote}{name}{quote})"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn method_reads_that_are_no_calls_go_through_the_module() {
        assert_eq!(
            rewritten(
                "add = out.append\nadd(1)\nout.append(2)\nf = (p).match\nm = max(d, key=d.get)\n"
            ),
            "add = __codeact_mod__bound.bound(out, \"append\")\nadd(1)\nout.append(2)\nf = __codeact_mod__bound.bound((p), \"match\")\nm = max(d, key=__codeact_mod__bound.bound(d, \"get\"))\n"
        );
        for code in [
            "x.append(1)\n",
            "obj.weight\n",
            "out.append = 3\n",
            "f = list.append\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }

    #[test]
    fn the_method_names_are_sorted_for_the_search() {
        assert!(super::METHODS.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
