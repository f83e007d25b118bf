//! Operators and builtins on instances of the code's own classes, which
//! monty 0.0.23 does not dispatch to `__add__`, `__lt__`, `__len__`,
//! `__getitem__`... (it does `__eq__`, `__hash__`, `__iter__`, `__next__`,
//! `__contains__`, `__str__` and `__repr__`).
//!
//! Once a class of the session defines one of these methods (the class
//! statement registers them, see `class_members`), the constructs that use
//! it call the `_classes` module instead: `a + b` becomes `add(a, b)`,
//! `a < b` becomes `lt(a, b)`, `x += y` becomes `x = iadd(x, (y))`,
//! `len(x)`, `x[k]` and `x[k] = v`, `sorted`/`.sort` by `__lt__`, and the
//! truth of `if`/`while` tests and `not` by `__bool__`/`__len__`. The
//! helpers call the method when the operand's class registered it (with
//! Python's reflected fallback for binary operators) and use the operator
//! itself otherwise, so other values behave exactly as before. Code of a
//! session without such classes is never touched.

use ruff_python_ast::{CmpOp, Expr, Operator, Stmt, UnaryOp};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::class_members::MODULE;
use super::edits::Edits;
use super::{Context, operator_at};

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &[
    "type", "len", "list", "sorted", "range", "abs", "int", "bool",
];

/// Callees that are never instances of the code's classes: builtins, and
/// `super`, which must stay a direct call.
const NOT_INSTANCES: &[&str] = &[
    "print",
    // (A class body's `property(...)` is the classes module's.)
    "property",
    "len",
    "range",
    "str",
    "int",
    "float",
    "list",
    "dict",
    "set",
    "tuple",
    "sorted",
    "min",
    "max",
    "sum",
    "abs",
    "round",
    "isinstance",
    "issubclass",
    "enumerate",
    "zip",
    "map",
    "filter",
    "any",
    "all",
    "repr",
    "type",
    "hasattr",
    "getattr",
    "setattr",
    "iter",
    "next",
    "reversed",
    "bool",
    "format",
    "divmod",
    "pow",
    "ord",
    "chr",
    "hex",
    "bin",
    "oct",
    "hash",
    "id",
    "callable",
    "super",
    "frozenset",
    "bytes",
    "object",
    "final_answer",
];

fn binary(op: Operator) -> (&'static str, &'static str, &'static str) {
    match op {
        Operator::Add => ("add", "__add__", "__radd__"),
        Operator::Sub => ("sub", "__sub__", "__rsub__"),
        Operator::Mult => ("mul", "__mul__", "__rmul__"),
        Operator::Div => ("truediv", "__truediv__", "__rtruediv__"),
        Operator::FloorDiv => ("floordiv", "__floordiv__", "__rfloordiv__"),
        Operator::Mod => ("mod", "__mod__", "__rmod__"),
        Operator::Pow => ("pow_", "__pow__", "__rpow__"),
        Operator::MatMult => ("matmul", "__matmul__", "__rmatmul__"),
        Operator::BitAnd => ("and_", "__and__", "__rand__"),
        Operator::BitOr => ("or_", "__or__", "__ror__"),
        Operator::BitXor => ("xor", "__xor__", "__rxor__"),
        Operator::LShift => ("lshift", "__lshift__", "__rlshift__"),
        Operator::RShift => ("rshift", "__rshift__", "__rrshift__"),
    }
}

/// The in-place helper of `op` and its own special method.
fn inplace(op: Operator) -> Option<(&'static str, &'static str)> {
    Some(match op {
        Operator::Add => ("iadd", "__iadd__"),
        Operator::Sub => ("isub", "__isub__"),
        Operator::Mult => ("imul", "__imul__"),
        Operator::Div => ("itruediv", "__itruediv__"),
        Operator::FloorDiv => ("ifloordiv", "__ifloordiv__"),
        Operator::Mod => ("imod", "__imod__"),
        Operator::Pow => ("ipow", "__ipow__"),
        Operator::BitAnd => ("iand", "__iand__"),
        Operator::BitOr => ("ior", "__ior__"),
        Operator::BitXor => ("ixor", "__ixor__"),
        _ => return None,
    })
}

fn active(context: &Context<'_>) -> bool {
    !context.facts.operators.is_empty() && !context.bound.any(HELPER_BUILTINS)
}

fn defined(context: &Context<'_>, dunders: &[&str]) -> bool {
    dunders.iter().any(|d| context.facts.operators.contains(*d))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if let Expr::Compare(compare) = expr
        && !context.bound.any(HELPER_BUILTINS)
        && !context.bound.any(&["set", "frozenset"])
        && (is_set(&compare.left, context)
            || compare.comparators.iter().any(|c| is_set(c, context)))
    {
        ordering(expr, context, edits, true);
        return;
    }
    if !active(context) {
        return;
    }
    match expr {
        // `"..." % x` is str formatting whatever `x` is (str's `__mod__`
        // takes any right operand), and `percent` rewrites it.
        Expr::BinOp(binop)
            if binop.op == Operator::Mod
                && matches!(
                    binop.left.as_ref(),
                    Expr::StringLiteral(_) | Expr::FString(_)
                ) => {}
        // (`negative_powers` takes it, and dispatches as the helper would.)
        Expr::BinOp(binop) if super::negative_powers::takes(binop, context) => {}
        Expr::BinOp(binop) => {
            let (helper, name, rname) = binary(binop.op);
            if !defined(context, &[name, rname]) {
                return;
            }
            super::call_instead(context.source, binop, &format!("{MODULE}.{helper}"), edits);
        }
        Expr::UnaryOp(unary) => {
            let (helper, name, token) = match unary.op {
                UnaryOp::USub => ("neg", "__neg__", "-"),
                UnaryOp::UAdd => ("pos", "__pos__", "+"),
                UnaryOp::Invert => ("invert", "__invert__", "~"),
                UnaryOp::Not => {
                    truth_test(&unary.operand, context, edits);
                    return;
                }
            };
            if !defined(context, &[name])
                || !context.source[usize::from(expr.start())..].starts_with(token)
            {
                return;
            }
            edits.replace_head(
                expr.range(),
                TextRange::at(expr.start(), TextSize::new(1)),
                format!("{MODULE}.{helper}("),
            );
            edits.close(expr.range(), ")");
        }
        Expr::Compare(_) => ordering(expr, context, edits, false),
        // `key=abs`, `map(len, xs)`: the builtin taken as a value, where it
        // meets the code's objects like a call would.
        Expr::Name(name)
            if name.ctx.is_load()
                && !context
                    .source
                    .get(usize::from(name.end())..)
                    .is_some_and(|rest| rest.trim_start().starts_with('(')) =>
        {
            let helper = match name.id.as_str() {
                "len" if defined(context, &["__len__"]) => "len_",
                "abs" if defined(context, &["__abs__"]) => "abs_",
                // (Not `bool`: as a value it is mostly the type, in
                // isinstance() and annotations.)
                _ => return,
            };
            if context.bound.any(&["len", "abs"]) {
                return;
            }
            edits.replace(name.range(), format!("{MODULE}.{helper}"));
        }
        Expr::Call(call) => {
            // `map(bool, xs)`, `filter(None, xs)`: the truth of the code's
            // objects is the module's.
            if let Expr::Name(callee) = call.func.as_ref()
                && matches!(callee.id.as_str(), "map" | "filter")
                && defined(context, &["__bool__", "__len__"])
                && !context.bound.any(&["bool", "map", "filter"])
                && let Some(first) = call.arguments.args.first()
                && (matches!(first, Expr::Name(n) if n.id.as_str() == "bool")
                    || (callee.id.as_str() == "filter" && first.is_none_literal_expr()))
            {
                edits.replace(first.range(), format!("{MODULE}.truth"));
                return;
            }
            let helper = match call.func.as_ref() {
                Expr::Name(name) => match name.id.as_str() {
                    // (Over a generator expression, `lazy_generators`'
                    // helpers take the truth from the module.)
                    "any" | "all"
                        if defined(context, &["__bool__", "__len__"])
                            && !matches!(call.arguments.args.first(), Some(Expr::Generator(_))) =>
                    {
                        if name.id.as_str() == "any" {
                            "any_"
                        } else {
                            "all_"
                        }
                    }
                    "len" if defined(context, &["__len__"]) => "len_",
                    "abs" if defined(context, &["__abs__"]) => "abs_",
                    // `int(x)`, `float(x)` of an object with `__int__`,
                    // `__float__` or `__index__` (an IntEnum session's are
                    // the `enums` rewrite's).
                    "int" | "float"
                        if call.arguments.args.len() == 1
                            && call.arguments.keywords.is_empty()
                            && !context.facts.int_enums
                            && defined(context, &["__int__", "__float__", "__index__"]) =>
                    {
                        if name.id.as_str() == "int" {
                            "int_"
                        } else {
                            "float_"
                        }
                    }
                    "sorted" if defined(context, &["__lt__", "__gt__"]) => "sorted_",
                    "sum" if defined(context, &["__add__", "__radd__"]) => "sum_",
                    "min" if defined(context, &["__lt__", "__gt__"]) => "min_",
                    "max" if defined(context, &["__lt__", "__gt__"]) => "max_",
                    other
                        if defined(context, &["__call__"])
                            && !NOT_INSTANCES.contains(&other)
                            && !other.starts_with(|c: char| c.is_ascii_uppercase()) =>
                    {
                        // `f(...)` where `f` may be an instance with
                        // `__call__`: `call_of(f)(...)`.
                        edits.open(call.func.range(), format!("{MODULE}.call_of("));
                        edits.close(call.func.range(), ")");
                        return;
                    }
                    "bool" if defined(context, &["__bool__", "__len__"]) => "truth",
                    _ => return,
                },
                Expr::Attribute(attribute)
                    if attribute.attr.id.as_str() == "sort"
                        && defined(context, &["__lt__", "__gt__"]) =>
                {
                    let Some(dot) = super::attribute_dot(context.source, attribute) else {
                        return;
                    };
                    // `x.sort(...)` becomes `sort_(x, ...)`.
                    let args_open = call.arguments.start();
                    let comma = if call.arguments.is_empty() { "" } else { ", " };
                    edits.open(call.func.range(), format!("{MODULE}.sort_("));
                    edits.replace(TextRange::new(dot, args_open + TextSize::new(1)), comma);
                    return;
                }
                // `self.clock()`, where the code assigns `clock` as an
                // attribute and no class of it has a method of that name:
                // the attribute may hold an instance with `__call__`.
                Expr::Attribute(attribute)
                    if defined(context, &["__call__"])
                        && context
                            .facts
                            .attribute_names
                            .contains(attribute.attr.id.as_str())
                        && !context
                            .facts
                            .classes
                            .values()
                            .any(|c| c.defines_function(attribute.attr.id.as_str())) =>
                {
                    edits.open(call.func.range(), format!("{MODULE}.call_of("));
                    edits.close(call.func.range(), ")");
                    return;
                }
                // `handlers[k](x)`, `make()(x)`, `(a | b)(x)`: the callee
                // may be an instance with `__call__`.
                Expr::Subscript(_) | Expr::Call(_) | Expr::BinOp(_) | Expr::If(_)
                    if defined(context, &["__call__"]) =>
                {
                    edits.open(call.func.range(), format!("{MODULE}.call_of("));
                    edits.close(call.func.range(), ")");
                    return;
                }
                _ => return,
            };
            if context.bound.any(&[
                "len", "abs", "sorted", "bool", "min", "max", "sum", "any", "all", "int", "float",
            ]) {
                return;
            }
            edits.replace(call.func.range(), format!("{MODULE}.{helper}"));
        }
        // (Not a subscript another rewrite took: a typing alias, a base
        // the class statement loses, a `case` guard copied as written.)
        Expr::Subscript(subscript)
            if subscript.ctx.is_load()
                && !edits.is_marked(expr.start())
                && !matches!(subscript.slice.as_ref(), Expr::Tuple(t)
                    if t.elts.iter().any(|e| matches!(e, Expr::Slice(_))))
                && defined(context, &["__getitem__"]) =>
        {
            let Some(bracket) = operator_at(
                context.source,
                subscript.value.end(),
                subscript.slice.start(),
                "[",
            ) else {
                return;
            };
            let close = TextRange::at(expr.end() - TextSize::new(1), TextSize::new(1));
            if context
                .source
                .get(usize::from(close.start())..usize::from(close.end()))
                != Some("]")
            {
                return;
            }
            if let Expr::Slice(slice) = subscript.slice.as_ref() {
                // `v[a:b:c]` as `getitem(v, slice(a, b, c))`.
                let Some(parts) = slice_parts(context.source, bracket.end(), slice, close.start())
                else {
                    return;
                };
                edits.open(expr.range(), format!("{MODULE}.getitem("));
                for (range, text) in parts {
                    edits.replace(range, text);
                }
                edits.replace(close, "))");
                return;
            }
            edits.open(expr.range(), format!("{MODULE}.getitem("));
            edits.replace(bracket, ", (");
            edits.replace(close, "))");
        }
        Expr::If(conditional) => truth_test(&conditional.test, context, edits),
        Expr::BoolOp(boolop)
            if defined(context, &["__bool__", "__len__"])
                && !context.in_class_body
                && !edits.is_marked(expr.start()) =>
        {
            value_boolop(boolop, context, edits);
        }
        Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
            let generators = match expr {
                Expr::ListComp(c) => &c.generators,
                Expr::SetComp(c) => &c.generators,
                Expr::DictComp(c) => &c.generators,
                Expr::Generator(c) => &c.generators,
                _ => return,
            };
            for generator in generators {
                for condition in &generator.ifs {
                    truth_test(condition, context, edits);
                }
            }
        }
        _ => {}
    }
}

/// The edits that make the text of `slice` (between `[`, ending at
/// `open`, and `]` at `close`) the arguments of a `slice(...)` call: the
/// `[` opens the call, each `:` becomes a comma, an omitted bound `None`.
fn slice_parts(
    source: &str,
    open: TextSize,
    slice: &ruff_python_ast::ExprSlice,
    close: TextSize,
) -> Option<Vec<(TextRange, String)>> {
    let or_none = |part: &Option<Box<Expr>>| if part.is_none() { "None" } else { "" };
    let colon_after = |from: TextSize| {
        let text = source.get(usize::from(from)..usize::from(close))?;
        let at = text.find(':')?;
        let start = from + TextSize::try_from(at).ok()?;
        Some(TextRange::at(start, TextSize::new(1)))
    };
    let bracket = TextRange::new(open - TextSize::new(1), open);
    let mut parts = vec![(bracket, format!(", slice({}", or_none(&slice.lower)))];
    let first = colon_after(slice.lower.as_ref().map_or(open, |lower| lower.end()))?;
    parts.push((first, format!(", {}", or_none(&slice.upper))));
    let after_upper = slice
        .upper
        .as_ref()
        .map_or(first.end(), |upper| upper.end());
    match colon_after(after_upper) {
        Some(second) => parts.push((second, format!(", {}", or_none(&slice.step)))),
        None if slice.step.is_some() => return None,
        None => {}
    }
    Some(parts)
}

/// `a < b` and the like as the module's `lt`...: for the code's classes,
/// or (`sets`) where an operand is written as a set, which monty does not
/// order by inclusion.
fn ordering(expr: &Expr, context: &Context<'_>, edits: &mut Edits, sets: bool) {
    let Expr::Compare(compare) = expr else {
        return;
    };
    let ([op], [right]) = (&*compare.ops, &*compare.comparators) else {
        return;
    };
    let (helper, names, token) = match op {
        CmpOp::Lt => ("lt", ["__lt__", "__gt__"], "<"),
        CmpOp::LtE => ("le", ["__le__", "__ge__"], "<="),
        CmpOp::Gt => ("gt", ["__gt__", "__lt__"], ">"),
        CmpOp::GtE => ("ge", ["__ge__", "__le__"], ">="),
        _ => return,
    };
    if !sets && !defined(context, &names) {
        return;
    }
    let Some(token) = operator_at(context.source, compare.left.end(), right.start(), token) else {
        return;
    };
    edits.open(expr.range(), format!("{MODULE}.{helper}("));
    edits.replace(token, ",");
    edits.close(expr.range(), ")");
}

/// An operand written as a set (a literal, a comprehension, `set(...)`),
/// or a name or attribute the session binds to one (see
/// [`update_set_names`]).
fn is_set(expr: &Expr, context: &Context<'_>) -> bool {
    match expr {
        Expr::Name(name) => context.facts.set_names.contains(name.id.as_str()),
        Expr::Attribute(attribute) => context
            .facts
            .set_names
            .contains(&format!(".{}", attribute.attr.id)),
        other => makes_set(other, &context.facts.set_names),
    }
}

/// Whether the syntax of `expr` shows it makes a set.
fn makes_set(expr: &Expr, names: &std::collections::BTreeSet<String>) -> bool {
    match expr {
        Expr::Set(_) | Expr::SetComp(_) => true,
        Expr::Call(call) => match call.func.as_ref() {
            Expr::Name(n) => n.id.as_str() == "set" || n.id.as_str() == "frozenset",
            Expr::Attribute(method) => {
                matches!(
                    method.attr.id.as_str(),
                    "union" | "intersection" | "difference" | "symmetric_difference"
                ) || (method.attr.id.as_str() == "copy"
                    && matches!(method.value.as_ref(), Expr::Name(n) if names.contains(n.id.as_str())))
            }
            _ => false,
        },
        Expr::BinOp(binop)
            if matches!(
                binop.op,
                Operator::BitOr | Operator::BitAnd | Operator::BitXor | Operator::Sub
            ) =>
        {
            [&binop.left, &binop.right]
                .iter()
                .any(|operand| match operand.as_ref() {
                    Expr::Name(n) => names.contains(n.id.as_str()),
                    other => makes_set(other, names),
                })
        }
        _ => false,
    }
}

/// Adds to `names` the names `suite` binds to a set by the syntax of the
/// value (`seen = set()`, `need = {a, b}`, `common = a & b` with `a` such
/// a name), and `.attr` for attributes so bound (`self.tags = set()`):
/// `<`, `<=`, `>`, `>=` between them are inclusion tests, which monty
/// 0.0.23 refuses for sets. Also the loop variables walking a list written
/// as sets (`*name` records such a list) and the parameters of the code's
/// functions that some call passes a set to. A name taken for a set that is
/// not one costs only speed: the module's helpers order anything else as
/// the operator would.
pub(super) fn update_set_names(suite: &[Stmt], names: &mut std::collections::BTreeSet<String>) {
    struct Finder<'n, 'a> {
        names: &'n mut std::collections::BTreeSet<String>,
        /// Functions of the code and their parameters, in order.
        functions: Vec<(&'a str, Vec<&'a str>)>,
        /// (function, position or keyword) given a set by a call.
        given: Vec<(&'a str, Given<'a>)>,
    }
    enum Given<'a> {
        At(usize),
        Keyword(&'a str),
    }
    fn set_valued(expr: &Expr, names: &std::collections::BTreeSet<String>) -> bool {
        match expr {
            Expr::Name(n) => names.contains(n.id.as_str()),
            other => makes_set(other, names),
        }
    }
    /// Whether `expr` is a list of sets: written so, or a name bound to one.
    fn sets_list(expr: &Expr, names: &std::collections::BTreeSet<String>) -> bool {
        match expr {
            Expr::List(list) => {
                !list.elts.is_empty() && list.elts.iter().all(|e| set_valued(e, names))
            }
            Expr::Tuple(tuple) => {
                !tuple.elts.is_empty() && tuple.elts.iter().all(|e| set_valued(e, names))
            }
            Expr::ListComp(comp) => set_valued(&comp.elt, names),
            Expr::Name(n) => names.contains(&format!("*{}", n.id)),
            _ => false,
        }
    }
    impl<'a> Finder<'_, 'a> {
        fn walked(&mut self, target: &Expr, iter: &Expr) {
            if let Expr::Name(name) = target
                && sets_list(iter, self.names)
            {
                self.names.insert(name.id.to_string());
            }
        }
    }
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for Finder<'_, 'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let (targets, value) = super::names::assignment(stmt);
            // `a, b = {1}, set()` pairs its targets with its values.
            let mut pairs: Vec<(&Expr, &Expr)> = Vec::new();
            if let Some(value) = value {
                for target in targets {
                    match (target, value) {
                        (Expr::Tuple(names), Expr::Tuple(values))
                            if names.elts.len() == values.elts.len() =>
                        {
                            pairs.extend(names.elts.iter().zip(values.elts.iter()));
                        }
                        _ => pairs.push((target, value)),
                    }
                }
            }
            for (target, value) in pairs {
                match target {
                    Expr::Name(name)
                        if !makes_set(value, self.names) && sets_list(value, self.names) =>
                    {
                        self.names.insert(format!("*{}", name.id));
                    }
                    _ if !makes_set(value, self.names) => {}
                    Expr::Name(name) => {
                        self.names.insert(name.id.to_string());
                    }
                    Expr::Attribute(attribute) => {
                        self.names.insert(format!(".{}", attribute.attr.id));
                    }
                    _ => {}
                }
            }
            match stmt {
                Stmt::For(walk) => self.walked(&walk.target, &walk.iter),
                Stmt::FunctionDef(def) => {
                    let parameters = def
                        .parameters
                        .posonlyargs
                        .iter()
                        .chain(&def.parameters.args)
                        .map(|p| p.parameter.name.id.as_str())
                        .collect();
                    self.functions.push((def.name.id.as_str(), parameters));
                }
                _ => {}
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Call(call) => {
                    if let Expr::Name(function) = call.func.as_ref() {
                        for (at, argument) in call.arguments.args.iter().enumerate() {
                            if set_valued(argument, self.names) {
                                self.given.push((function.id.as_str(), Given::At(at)));
                            }
                        }
                        for keyword in &call.arguments.keywords {
                            if let Some(arg) = &keyword.arg
                                && set_valued(&keyword.value, self.names)
                            {
                                self.given
                                    .push((function.id.as_str(), Given::Keyword(arg.id.as_str())));
                            }
                        }
                    }
                }
                Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                    let generators = match expr {
                        Expr::ListComp(c) => &c.generators,
                        Expr::SetComp(c) => &c.generators,
                        Expr::DictComp(c) => &c.generators,
                        Expr::Generator(c) => &c.generators,
                        _ => return,
                    };
                    for generator in generators {
                        self.walked(&generator.target, &generator.iter);
                    }
                }
                _ => {}
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut finder = Finder {
        names,
        functions: Vec::new(),
        given: Vec::new(),
    };
    // Twice: a parameter or loop variable found late may be what an
    // earlier statement walks or passes on.
    for _ in 0..2 {
        finder.functions.clear();
        finder.given.clear();
        for stmt in suite {
            ruff_python_ast::visitor::Visitor::visit_stmt(&mut finder, stmt);
        }
        for (function, given) in &finder.given {
            for (name, parameters) in &finder.functions {
                if name != function {
                    continue;
                }
                let parameter = match given {
                    Given::At(at) => parameters.get(*at).copied(),
                    Given::Keyword(keyword) => parameters.iter().find(|p| *p == keyword).copied(),
                };
                if let Some(parameter) = parameter {
                    finder.names.insert(parameter.to_owned());
                }
            }
        }
    }
}

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    if !active(context) {
        return;
    }
    match stmt {
        Stmt::If(branch) => {
            truth_test(&branch.test, context, edits);
            for clause in &branch.elif_else_clauses {
                if let Some(test) = &clause.test {
                    truth_test(test, context, edits);
                }
            }
        }
        Stmt::While(repeat) => truth_test(&repeat.test, context, edits),
        Stmt::Assert(assert) => truth_test(&assert.test, context, edits),
        Stmt::AugAssign(assign) => {
            let Some((helper, own)) = inplace(assign.op) else {
                return;
            };
            let (_, name, rname) = binary(assign.op);
            if let Expr::Subscript(target) = assign.target.as_ref()
                && defined(context, &["__getitem__", "__setitem__"])
            {
                item_in_place(stmt, target, &assign.value, helper, context, edits);
                return;
            }
            if !defined(context, &[own, name, rname]) || !simple_target(&assign.target, context) {
                return;
            }
            let Some(target) = context
                .source
                .get(usize::from(assign.target.start())..usize::from(assign.target.end()))
            else {
                return;
            };
            edits.replace(
                TextRange::new(assign.target.end(), assign.value.start()),
                format!(" = {MODULE}.{helper}({target}, ("),
            );
            edits.close(stmt.range(), "))");
        }
        Stmt::Assign(assign) => {
            if !defined(context, &["__setitem__"]) {
                return;
            }
            let [Expr::Subscript(target)] = assign.targets.as_slice() else {
                chained_items(assign, context, edits);
                return;
            };
            let Some(bracket) = operator_at(
                context.source,
                target.value.end(),
                target.slice.start(),
                "[",
            ) else {
                return;
            };
            // (A slice's store is the `slices` rewrite's, whose helper
            // asks the code's classes too.)
            if matches!(target.slice.as_ref(), Expr::Slice(_)) {
                return;
            }
            let close_end = target.end();
            let close = TextRange::new(close_end - TextSize::new(1), assign.value.start());
            edits.open(stmt.range(), format!("{MODULE}.setitem("));
            edits.replace(bracket, ", (");
            edits.replace(close, "), ");
            edits.close(stmt.range(), ")");
        }
        _ => {}
    }
}

/// `a[i] = b[j] = v` (the sieve's `is_p[0] = is_p[1] = False`): the value
/// once, then each target in turn, left to right as CPython assigns them,
/// the items through `setitem`: `__codeact_chained = (v); setitem(a, (i),
/// __codeact_chained); ...`. Only where every target is a name or a
/// subscript of a name or attribute by a name or literal, whose text can be
/// repeated as written.
fn chained_items(assign: &ruff_python_ast::StmtAssign, context: &Context<'_>, edits: &mut Edits) {
    const VALUE: &str = "__codeact_chained";
    if assign.targets.len() < 2
        || !assign
            .targets
            .iter()
            .any(|target| matches!(target, Expr::Subscript(_)))
    {
        return;
    }
    let text = |node: &dyn Ranged| {
        context
            .source
            .get(usize::from(node.start())..usize::from(node.end()))
    };
    let mut stores = Vec::new();
    for target in &assign.targets {
        match target {
            Expr::Name(name) => stores.push(format!("{} = {VALUE}", name.id)),
            Expr::Subscript(subscript)
                if matches!(subscript.value.as_ref(), Expr::Name(_) | Expr::Attribute(_))
                    && matches!(
                        subscript.slice.as_ref(),
                        Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_)
                    ) =>
            {
                let (Some(receiver), Some(key)) =
                    (text(&*subscript.value), text(&*subscript.slice))
                else {
                    return;
                };
                stores.push(format!("{MODULE}.setitem({receiver}, ({key}), {VALUE})"));
            }
            _ => return,
        }
    }
    edits.replace(
        TextRange::new(assign.start(), assign.value.start()),
        format!("{VALUE} = ("),
    );
    edits.close(assign.value.range(), format!("); {}", stores.join("; ")));
}

/// `x[k] op= v` with `x` a name or an attribute of one and `k` a name or
/// literal: `setitem(x, (k), iop(getitem(x, (k)), (v)))`, the item read
/// and written through the special methods of the code's classes.
fn item_in_place(
    stmt: &Stmt,
    target: &ruff_python_ast::ExprSubscript,
    value: &Expr,
    helper: &str,
    context: &Context<'_>,
    edits: &mut Edits,
) {
    let key_simple = matches!(
        target.slice.as_ref(),
        Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_)
    );
    // With `__getitem__` defined, `rereadable` takes no item of an item.
    if !key_simple || !super::class_members::rereadable(&target.value, context) {
        return;
    }
    let source = context.source;
    let (Some(object), Some(key)) = (
        source.get(usize::from(target.value.start())..usize::from(target.value.end())),
        source.get(usize::from(target.slice.start())..usize::from(target.slice.end())),
    ) else {
        return;
    };
    if object.contains('\n') || key.contains('\n') {
        return;
    }
    edits.replace(
        TextRange::new(stmt.start(), value.start()),
        format!(
            "{MODULE}.setitem({object}, ({key}), {MODULE}.{helper}({MODULE}.getitem({object}, ({key})), ("
        ),
    );
    edits.close(stmt.range(), ")))");
}

/// A target whose text can be read again without side effects: a name,
/// or an attribute or item of a name with a name or literal key.
fn simple_target(target: &Expr, context: &Context<'_>) -> bool {
    match target {
        Expr::Name(_) => true,
        Expr::Attribute(attribute) => {
            matches!(attribute.value.as_ref(), Expr::Name(_))
                && !context
                    .facts
                    .properties
                    .contains(attribute.attr.id.as_str())
        }
        Expr::Subscript(subscript) => {
            matches!(subscript.value.as_ref(), Expr::Name(_))
                && matches!(
                    subscript.slice.as_ref(),
                    Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_)
                )
                && !defined(context, &["__getitem__", "__setitem__"])
        }
        _ => false,
    }
}

/// `a or b` (`and`) used as a value: the operand it stops at is decided by
/// the module's `truth`, which monty's `or` does not consult.
/// `a or b` becomes `(__t if M.truth(__t := a) else (b))`, `a and b`
/// `(__t if not M.truth(__t := a) else (b))`: each operand evaluated once,
/// in order, the same one returned.
fn value_boolop(boolop: &ruff_python_ast::ExprBoolOp, context: &Context<'_>, edits: &mut Edits) {
    use ruff_python_ast::BoolOp;
    let (token, negate) = match boolop.op {
        BoolOp::Or => ("or", ""),
        BoolOp::And => ("and", "not "),
    };
    let values = &boolop.values;
    let mut tokens = Vec::new();
    for pair in values.windows(2) {
        let Some(at) = operator_at(context.source, pair[0].end(), pair[1].start(), token) else {
            return;
        };
        tokens.push(at);
    }
    if values.len() < 2 {
        return;
    }
    for (index, value) in values.iter().enumerate().take(values.len() - 1) {
        let temp = format!("__codeact_t{}", u32::from(value.start()));
        let open = format!("({temp} if {negate}{MODULE}.truth({temp} := ");
        if index == 0 {
            edits.open(boolop.range(), open);
        } else {
            edits.replace(tokens[index - 1], format!(") else {open}"));
        }
    }
    if let Some(final_token) = tokens.last() {
        edits.replace(*final_token, ") else (");
    }
    edits.close(boolop.range(), ")".repeat(values.len()));
}

/// Wraps a test whose truth decides a branch in the module's `truth`; the
/// operands of `and`/`or` one by one, since only their truth matters here.
fn truth_test(test: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if !defined(context, &["__bool__", "__len__"]) {
        return;
    }
    match test {
        Expr::BoolOp(boolop) => {
            edits.mark(test.start());
            for value in &boolop.values {
                truth_test(value, context, edits);
            }
        }
        // `not x` wraps its operand itself (see `on_expr`).
        Expr::UnaryOp(unary) if unary.op == UnaryOp::Not => {}
        Expr::Compare(_)
        | Expr::BooleanLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::NoneLiteral(_) => {}
        _ => {
            edits.open(test.range(), format!("{MODULE}.truth("));
            edits.close(test.range(), ")");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    const VECTOR: &str = "class V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + o.x)\n    def __lt__(self, o):\n        return self.x < o.x\n    def __len__(self):\n        return self.x\n\n";

    #[test]
    fn operators_on_classes_of_the_session_call_the_module() {
        let out = rewritten(&format!(
            "{VECTOR}a = V(1) + V(2)\nb = (a) <  V(3)\nc = len(a)\nif a:\n    a += V(1)\nitems = sorted([a])\nitems.sort(reverse=True)\n"
        ));
        assert!(
            out.contains("__codeact_mod__classes.method(V, \"__add__\", V.__add__)"),
            "{out}"
        );
        assert!(
            out.contains("a = __codeact_mod__classes.add(V(1) , V(2))"),
            "{out}"
        );
        assert!(
            out.contains("b = __codeact_mod__classes.lt((a) ,  V(3))"),
            "{out}"
        );
        assert!(out.contains("c = __codeact_mod__classes.len_(a)"), "{out}");
        assert!(out.contains("if __codeact_mod__classes.truth(a):"), "{out}");
        assert!(
            out.contains("a = __codeact_mod__classes.iadd(a, (V(1)))"),
            "{out}"
        );
        assert!(
            out.contains("items = __codeact_mod__classes.sorted_([a])"),
            "{out}"
        );
        assert!(
            out.contains("__codeact_mod__classes.sort_(items, reverse=True)"),
            "{out}"
        );
    }

    #[test]
    fn code_without_such_classes_is_untouched() {
        let code = "a = 1 + 2\nb = a < 3\nif a:\n    a += 1\nprint(len([a]), sorted([3, 1]))\n";
        assert_eq!(rewritten(code), code);
    }
}
