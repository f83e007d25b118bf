//! Generator functions (`def f(): ... yield x`), which monty 0.0.23
//! refuses, where their bodies compute without side effects.
//!
//! `yield v` becomes the `_lazy` module's `put(v)` (`yield from it`,
//! `put_all(it)`) and the function is wrapped by `eager`, through a
//! decorator on the blank line above the `def` or an assignment on the
//! blank line below it. Calling the function runs nothing; the first
//! `next` runs the whole body, collecting what it yields, and then hands
//! the values out one by one, re-raising an exception the body raised after
//! them where CPython would have raised it. That is what CPython prints
//! only when nothing can tell when the body ran: so the body may read its
//! arguments and locals, assign locals, loop, branch, catch and raise, and
//! call only builtins and methods that change nothing (and generator
//! functions of the block, which run the same way, and dataclasses whose
//! construction only stores its arguments); no `print`, no tool, no
//! call of the code's own functions, no assignment to an attribute or an
//! item (but to lists, dicts and sets of its own that it yields only as
//! copies), no `finally`, `with`, `global` or `nonlocal`, no nested
//! function. A body with a loop that may not end (`while True:` without
//! `break` or `return`, `for` over `count()` or another generator) is
//! wrapped by `stepwise`, which runs it again from the start for more
//! values; so its loops may only walk what each run makes anew (not an
//! iterator given to it, which a second run would find used up), and it
//! may not catch `KeyboardInterrupt`, which stops a run. Anything else
//! keeps monty's refusal, which names generators. One difference remains: code that changes what the generator
//! reads (its list argument, say) while iterating it is not seen by the
//! values already computed.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{ExceptHandler, Expr, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;
use super::next_gen::{PURE_BUILTINS, PURE_METHODS};

const MODULE: &str = "__codeact_mod__lazy";

/// Callables besides the pure builtins that a body may call: exception
/// constructors (for `raise`) and value constructors.
const CONSTRUCTORS: &[&str] = &[
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "RuntimeError",
    "ZeroDivisionError",
    "AttributeError",
    "NotImplementedError",
    "Exception",
    "SyntaxError",
    "LookupError",
    "ArithmeticError",
    "OverflowError",
    "AssertionError",
    "timedelta",
    "date",
    "datetime",
    "divmod",
    "iter",
    "frozenset",
    "hash",
    "format",
    "pow",
    "math",
];

/// Methods besides the pure ones a body may call: none of these changes
/// its receiver.
const MORE_METHODS: &[&str] = &[
    "splitlines",
    "partition",
    "rpartition",
    "rsplit",
    "isnumeric",
    "isdecimal",
    "casefold",
    "capitalize",
    "zfill",
    "center",
    "ljust",
    "rjust",
    "format",
    "encode",
    "decode",
    "copy",
    "isoformat",
    "strftime",
    "weekday",
    "isoweekday",
    "date",
    "time",
    "total_seconds",
    "sqrt",
    "floor",
    "ceil",
    "fromisoformat",
    "groups",
    "group",
    "finditer",
    "findall",
    "match",
    "search",
    "fullmatch",
    "start",
    "end",
    "span",
    "groupdict",
    "sub",
];

/// Whether `func` makes an iterator that may never end: `count`, `cycle`,
/// `repeat` (bare or `itertools.`), or a generator function of the block.
fn endless_iterator(func: &Expr, generators: &BTreeSet<String>) -> bool {
    super::bare_or_qualified(func, "itertools").is_some_and(|name| {
        matches!(name, "count" | "cycle" | "repeat") || generators.contains(name)
    })
}

/// The names of the generator functions of `suite` (any depth) that this
/// rewrite takes on, so that their bodies may call one another.
/// The dataclasses of `suite` whose construction only stores its
/// arguments (no `__init__` or `__post_init__` of their own, defaults that
/// are literals or `field(default_factory=list)` and the like): a body
/// may make them like any value.
pub(super) fn pure_constructors(suite: &[Stmt]) -> BTreeSet<String> {
    fn is_dataclass(decorator: &Expr) -> bool {
        let target = match decorator {
            Expr::Call(call) => call.func.as_ref(),
            other => other,
        };
        match target {
            Expr::Name(name) => name.id.as_str() == "dataclass",
            Expr::Attribute(attribute) => attribute.attr.id.as_str() == "dataclass",
            _ => false,
        }
    }
    fn pure_default(value: &Expr) -> bool {
        match value {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_) => true,
            Expr::Call(call) => {
                matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "field")
                    && call.arguments.args.is_empty()
                    && call.arguments.keywords.iter().all(|k| {
                        match k.arg.as_ref().map(|a| a.as_str()) {
                            Some("default_factory") => matches!(&k.value,
                            Expr::Name(n) if matches!(n.id.as_str(), "list" | "dict" | "set")),
                            Some(_) => !matches!(k.value, Expr::Call(_) | Expr::Lambda(_)),
                            None => false,
                        }
                    })
            }
            _ => false,
        }
    }
    let mut names = BTreeSet::new();
    for stmt in suite {
        let Stmt::ClassDef(class) = stmt else {
            continue;
        };
        if class.arguments.is_some()
            || class.decorator_list.len() != 1
            || !is_dataclass(&class.decorator_list[0].expression)
        {
            continue;
        }
        let pure = class.body.iter().all(|member| match member {
            Stmt::FunctionDef(def) => !matches!(def.name.id.as_str(), "__init__" | "__post_init__"),
            Stmt::AnnAssign(field) => field.value.as_deref().is_none_or(pure_default),
            Stmt::Expr(_) | Stmt::Pass(_) => true,
            _ => false,
        });
        if pure {
            names.insert(class.name.id.to_string());
        }
    }
    names
}

pub(super) fn candidates(suite: &[Stmt]) -> BTreeSet<String> {
    struct Defs(BTreeSet<String>);
    impl<'a> ruff_python_ast::statement_visitor::StatementVisitor<'a> for Defs {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt
                && yields(def)
            {
                self.0.insert(def.name.id.to_string());
            }
            ruff_python_ast::statement_visitor::walk_stmt(self, stmt);
        }
    }
    let mut defs = Defs(BTreeSet::new());
    ruff_python_ast::statement_visitor::StatementVisitor::visit_body(&mut defs, suite);
    defs.0
}

/// Whether the function's own body (not a nested scope) yields.
fn yields(def: &StmtFunctionDef) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                ruff_python_ast::visitor::walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut finder = Finder(false);
    for stmt in &def.body {
        finder.visit_stmt(stmt);
    }
    finder.0
}

pub(super) fn on_stmt(
    stmt: &Stmt,
    context: &Context<'_>,
    generators: &BTreeSet<String>,
    edits: &mut Edits,
) {
    let Stmt::FunctionDef(def) = stmt else {
        return;
    };
    if def.is_async
        || !def.decorator_list.is_empty()
        || !generators.contains(def.name.id.as_str())
        || !yields(def)
        || context
            .bound
            .any(&["len", "list", "Exception", "StopIteration"])
    {
        return;
    }
    let owned = owned_locals(def);
    let mut check = Body {
        context,
        generators,
        owned: &owned,
        ok: true,
        endless: false,
        single_pass: false,
        yields: Vec::new(),
    };
    check.block(&def.body);
    if !check.ok || (check.endless && check.single_pass) {
        return;
    }
    let wrapper = if check.endless { "stepwise" } else { "eager" };
    let Some(slot) = slot(context.source, def, context.in_class_body, wrapper, edits) else {
        return;
    };
    for (range, text) in slot {
        edits.replace(range, text);
    }
    for (stmt_range, prefix_end, text) in check.yields {
        edits.replace_head(
            stmt_range,
            TextRange::new(stmt_range.start(), prefix_end),
            text,
        );
        edits.close(stmt_range, "))");
    }
}

/// Where the wrapping goes: the blank line above the `def` (a decorator),
/// or the first line after it if blank (an assignment); the line taken.
/// A method (`in_class_body`) takes only the line below: monty refuses
/// decorators in a class body.
fn slot(
    source: &str,
    def: &StmtFunctionDef,
    in_class_body: bool,
    wrapper: &str,
    edits: &mut Edits,
) -> Option<Vec<(TextRange, String)>> {
    let start = usize::from(def.start());
    let line_start = source.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let indent = source.get(line_start..start)?;
    if !indent.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let name = def.name.id.as_str();
    if line_start > 0 && !in_class_body {
        let above_end = line_start - 1;
        let above_start = source.get(..above_end)?.rfind('\n').map_or(0, |i| i + 1);
        let above = source.get(above_start..above_end)?;
        let content_end = above_start + above.trim_end_matches('\r').len();
        if above.trim().is_empty() && edits.claim_line(above_start) {
            let range = TextRange::new(
                TextSize::try_from(above_start).ok()?,
                TextSize::try_from(content_end).ok()?,
            );
            return Some(vec![(range, format!("{indent}@{MODULE}.{wrapper}"))]);
        }
    }
    let end = usize::from(def.end());
    let rest = source.get(end..)?;
    let assignment = format!("{indent}{name} = {MODULE}.{wrapper}({name})");
    let Some(newline) = rest.find('\n') else {
        let at = TextSize::try_from(source.len()).ok()?;
        return Some(vec![(TextRange::empty(at), format!("\n{assignment}\n"))]);
    };
    let below_start = end + newline + 1;
    let below = source.get(below_start..)?;
    let below_len = below.find('\n').unwrap_or(below.len());
    let text = below.get(..below_len)?.trim_end_matches('\r');
    if below_start >= source.len() {
        let at = TextSize::try_from(source.len()).ok()?;
        return Some(vec![(TextRange::empty(at), format!("{assignment}\n"))]);
    }
    if text.trim().is_empty() && edits.claim_line(below_start) {
        let range = TextRange::new(
            TextSize::try_from(below_start).ok()?,
            TextSize::try_from(below_start + text.len()).ok()?,
        );
        return Some(vec![(range, assignment)]);
    }
    // A simple statement right below at the def's indentation: the
    // assignment goes first on its line. Any other statement (compound, or
    // after the end of the class the method is in): on a line added above
    // it.
    let Some(at) = super::class_members::simple_statement_at(source, below_start, indent) else {
        if !super::class_members::not_deeper(text, indent) {
            return None;
        }
        edits.insert_line(below_start, format!("{assignment}\n"));
        return Some(Vec::new());
    };
    if !edits.claim_line(below_start) {
        return None;
    }
    let end = TextSize::try_from(source.len()).ok()?;
    edits.open(
        TextRange::new(TextSize::try_from(at).ok()?, end),
        format!("{name} = {MODULE}.{wrapper}({name}); "),
    );
    Some(Vec::new())
}

/// The names an expression reads.
struct Names(Vec<String>);

impl<'a> Visitor<'a> for Names {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr {
            self.0.push(name.id.to_string());
        }
        walk_expr(self, expr);
    }
}

/// The check of a generator's body, and its `yield` statements.
struct Body<'c> {
    context: &'c Context<'c>,
    generators: &'c BTreeSet<String>,
    /// Locals the body may change in place (see [`owned_locals`]).
    owned: &'c BTreeSet<String>,
    ok: bool,
    /// A loop of the body may never end: the body runs `stepwise`.
    endless: bool,
    /// A loop walks something that may be an iterator given from outside,
    /// which a second run of the body would find used up: no `stepwise`.
    single_pass: bool,
    /// (statement, end of the `yield`/`yield from` keyword run, text).
    yields: Vec<(TextRange, TextSize, String)>,
}

impl Body<'_> {
    fn block(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
            if !self.ok {
                return;
            }
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Expr(statement) => match statement.value.as_ref() {
                Expr::Yield(y) => {
                    if let Some(value) = &y.value {
                        self.expr(value);
                        self.yields
                            .push((y.range(), value.start(), format!("{MODULE}.put((")));
                    } else {
                        self.yields
                            .push((y.range(), y.end(), format!("{MODULE}.put((None")));
                    }
                }
                Expr::YieldFrom(y) => {
                    self.expr(&y.value);
                    self.yields
                        .push((y.range(), y.value.start(), format!("{MODULE}.put_all((")));
                }
                // A bare docstring or other expression: it must change nothing.
                other => self.expr(other),
            },
            Stmt::Assign(assign) => {
                assign.targets.iter().for_each(|t| self.target(t));
                self.expr(&assign.value);
            }
            Stmt::AugAssign(assign) => {
                self.target(&assign.target);
                self.expr(&assign.value);
            }
            Stmt::AnnAssign(assign) => {
                self.target(&assign.target);
                if let Some(value) = &assign.value {
                    self.expr(value);
                }
            }
            Stmt::If(branch) => {
                self.expr(&branch.test);
                self.block(&branch.body);
                for clause in &branch.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.expr(test);
                    }
                    self.block(&clause.body);
                }
            }
            Stmt::For(repeat) => {
                self.target(&repeat.target);
                self.expr(&repeat.iter);
                let endless = matches!(repeat.iter.as_ref(), Expr::Call(call)
                    if endless_iterator(call.func.as_ref(), self.generators));
                if !self.reiterable(&repeat.iter) {
                    self.single_pass = true;
                }
                if repeat.is_async {
                    self.ok = false;
                }
                if endless && !leaves(&repeat.body) {
                    self.endless = true;
                }
                self.block(&repeat.body);
                self.block(&repeat.orelse);
            }
            Stmt::While(repeat) => {
                self.expr(&repeat.test);
                let constant = matches!(repeat.test.as_ref(), Expr::BooleanLiteral(b) if b.value)
                    || matches!(repeat.test.as_ref(), Expr::NumberLiteral(_));
                if constant && !leaves(&repeat.body) {
                    self.endless = true;
                }
                self.block(&repeat.body);
                self.block(&repeat.orelse);
            }
            Stmt::Try(attempt) => {
                if !attempt.finalbody.is_empty() || attempt.is_star {
                    self.ok = false;
                    return;
                }
                self.block(&attempt.body);
                for handler in &attempt.handlers {
                    let ExceptHandler::ExceptHandler(handler) = handler;
                    // `stepwise` stops a body with KeyboardInterrupt, which
                    // the body must not catch.
                    let catches_all = handler.type_.as_ref().is_none_or(|kind| {
                        let mut names = Names(Vec::new());
                        names.visit_expr(kind);
                        names
                            .0
                            .iter()
                            .any(|n| n == "BaseException" || n == "KeyboardInterrupt")
                    });
                    if catches_all {
                        self.ok = false;
                        return;
                    }
                    if let Some(kind) = &handler.type_ {
                        self.expr(kind);
                    }
                    self.block(&handler.body);
                }
                self.block(&attempt.orelse);
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.expr(exc);
                }
                if let Some(cause) = &raise.cause {
                    self.expr(cause);
                }
            }
            Stmt::Return(ret) => {
                // `return value` in a generator is StopIteration's value,
                // which this rewrite does not carry.
                if ret.value.is_some() {
                    self.ok = false;
                }
            }
            Stmt::Assert(assert) => {
                self.expr(&assert.test);
                if let Some(msg) = &assert.msg {
                    self.expr(msg);
                }
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            _ => self.ok = false,
        }
    }

    /// Whether a loop's iterable is made anew, or read unchanged, by every
    /// run of the body: a range, a display, a local of its own, a call of a
    /// generator of the block or of itertools' endless ones, a view or
    /// split of such, an `enumerate`/`zip`/`sorted`/`reversed` of them.
    fn reiterable(&self, iterable: &Expr) -> bool {
        match iterable {
            Expr::List(_)
            | Expr::Tuple(_)
            | Expr::Set(_)
            | Expr::Dict(_)
            | Expr::StringLiteral(_) => true,
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => true,
            Expr::Name(name) => self.owned.contains(name.id.as_str()),
            Expr::Call(call) if endless_iterator(call.func.as_ref(), self.generators) => true,
            Expr::Call(call) => match call.func.as_ref() {
                Expr::Name(name) => {
                    let id = name.id.as_str();
                    if id == "range" {
                        true
                    } else if ["enumerate", "zip", "sorted", "reversed", "list", "tuple"]
                        .contains(&id)
                    {
                        call.arguments.args.iter().all(|arg| self.reiterable(arg))
                    } else {
                        false
                    }
                }
                Expr::Attribute(attribute) => {
                    ["items", "keys", "values", "split", "splitlines"]
                        .contains(&attribute.attr.id.as_str())
                        && matches!(attribute.value.as_ref(), Expr::Name(n) if self.owned.contains(n.id.as_str()))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// A target may only bind locals.
    fn target(&mut self, target: &Expr) {
        match target {
            Expr::Name(_) => {}
            Expr::Subscript(item) if matches!(item.value.as_ref(), Expr::Name(n) if self.owned.contains(n.id.as_str())) =>
            {
                self.expr(&item.slice);
            }
            Expr::Tuple(tuple) => tuple.elts.iter().for_each(|t| self.target(t)),
            Expr::List(list) => list.elts.iter().for_each(|t| self.target(t)),
            Expr::Starred(starred) => self.target(&starred.value),
            _ => self.ok = false,
        }
    }

    fn expr(&mut self, expr: &Expr) {
        let mut purity = Purity {
            context: self.context,
            generators: self.generators,
            owned: self.owned,
            pure: true,
        };
        purity.visit_expr(expr);
        if !purity.pure {
            self.ok = false;
        }
    }
}

/// Builtins that read their argument and keep nothing of it: a local
/// handed to one stays the body's own.
const COPYING: &[&str] = &[
    "tuple",
    "list",
    "sorted",
    "set",
    "frozenset",
    "dict",
    "len",
    "sum",
    "min",
    "max",
    "str",
    "repr",
    "any",
    "all",
    "bool",
    "enumerate",
    "zip",
    "reversed",
];

/// The locals a generator's body may change in place (`window.append(x)`,
/// `seen[k] = 1`): bound only to values the body makes itself (a display,
/// a comprehension, a slice, a copy by `list`/`dict`/`set`/`sorted`), and
/// never let out: a `yield` or an assignment hands them on only as a copy
/// (`yield tuple(window)`), so no one sees them change later, which the
/// body running ahead would otherwise show.
fn owned_locals(def: &StmtFunctionDef) -> BTreeSet<String> {
    #[derive(Default)]
    struct Scan {
        fresh: BTreeSet<String>,
        spoiled: BTreeSet<String>,
    }
    fn fresh_value(value: &Expr) -> bool {
        match value {
            Expr::List(_)
            | Expr::Dict(_)
            | Expr::Set(_)
            | Expr::ListComp(_)
            | Expr::DictComp(_)
            | Expr::SetComp(_) => true,
            Expr::Subscript(item) => matches!(item.slice.as_ref(), Expr::Slice(_)),
            Expr::Call(call) => {
                matches!(call.func.as_ref(), Expr::Name(n) if ["list", "dict", "set", "sorted"].contains(&n.id.as_str()))
            }
            Expr::BinOp(binop) => {
                binop.op == ruff_python_ast::Operator::Add
                    && (fresh_value(&binop.left) || fresh_value(&binop.right))
            }
            _ => false,
        }
    }
    /// Names read other than as a method's receiver, an item's container,
    /// a copying builtin's argument, a comparison's operand or a loop's
    /// iterable: those escape.
    struct Escapes<'s>(&'s mut BTreeSet<String>);
    impl<'a> Visitor<'a> for Escapes<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(name) => {
                    self.0.insert(name.id.to_string());
                }
                Expr::Call(call) => {
                    let copying = matches!(call.func.as_ref(), Expr::Name(n) if COPYING.contains(&n.id.as_str()));
                    match call.func.as_ref() {
                        Expr::Attribute(attribute)
                            if matches!(attribute.value.as_ref(), Expr::Name(_)) => {}
                        other => self.visit_expr(other),
                    }
                    for arg in &call.arguments.args {
                        match arg {
                            Expr::Name(_) if copying => {}
                            // `all(n % p for p in found)`: taken at once,
                            // the iterable is only read.
                            Expr::Generator(generator) if copying => {
                                self.visit_expr(&generator.elt);
                                for clause in &generator.generators {
                                    if !matches!(clause.iter, Expr::Name(_)) {
                                        self.visit_expr(&clause.iter);
                                    }
                                    for condition in &clause.ifs {
                                        self.visit_expr(condition);
                                    }
                                }
                            }
                            other => self.visit_expr(other),
                        }
                    }
                    for keyword in &call.arguments.keywords {
                        self.visit_expr(&keyword.value);
                    }
                }
                Expr::Subscript(item) if matches!(item.value.as_ref(), Expr::Name(_)) => {
                    self.visit_expr(&item.slice);
                }
                Expr::Compare(compare) => {
                    for operand in
                        std::iter::once(compare.left.as_ref()).chain(compare.comparators.iter())
                    {
                        if !matches!(operand, Expr::Name(_)) {
                            self.visit_expr(operand);
                        }
                    }
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    impl<'a> Visitor<'a> for Scan {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(assign) => {
                    match assign.targets.as_slice() {
                        [Expr::Name(name)] if fresh_value(&assign.value) => {
                            self.fresh.insert(name.id.to_string());
                        }
                        targets => {
                            for target in targets {
                                if let Expr::Name(name) = target {
                                    self.spoiled.insert(name.id.to_string());
                                } else {
                                    let mut names = Escapes(&mut self.spoiled);
                                    names.visit_expr(target);
                                }
                            }
                        }
                    }
                    let mut escapes = Escapes(&mut self.spoiled);
                    escapes.visit_expr(&assign.value);
                    // `x = [a, window]`: inside a display, the local escapes
                    // (Escapes sees it as a plain name).
                    return;
                }
                Stmt::For(repeat) => {
                    let mut targets = Escapes(&mut self.spoiled);
                    targets.visit_expr(&repeat.target);
                    if !matches!(repeat.iter.as_ref(), Expr::Name(_)) {
                        let mut escapes = Escapes(&mut self.spoiled);
                        escapes.visit_expr(&repeat.iter);
                    }
                    for stmt in repeat.body.iter().chain(repeat.orelse.iter()) {
                        self.visit_stmt(stmt);
                    }
                    return;
                }
                Stmt::Expr(statement) => {
                    let mut escapes = Escapes(&mut self.spoiled);
                    escapes.visit_expr(&statement.value);
                    return;
                }
                Stmt::If(branch) => {
                    self.test(&branch.test);
                    for stmt in &branch.body {
                        self.visit_stmt(stmt);
                    }
                    for clause in &branch.elif_else_clauses {
                        if let Some(test) = &clause.test {
                            self.test(test);
                        }
                        for stmt in &clause.body {
                            self.visit_stmt(stmt);
                        }
                    }
                    return;
                }
                Stmt::While(repeat) => {
                    self.test(&repeat.test);
                    for stmt in repeat.body.iter().chain(repeat.orelse.iter()) {
                        self.visit_stmt(stmt);
                    }
                    return;
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            let mut escapes = Escapes(&mut self.spoiled);
            escapes.visit_expr(expr);
        }
    }
    impl Scan {
        /// A branch's test, where only truth is read: `if run and ...`.
        fn test(&mut self, test: &Expr) {
            match test {
                Expr::Name(_) => {}
                Expr::BoolOp(boolop) => boolop.values.iter().for_each(|v| self.test(v)),
                Expr::UnaryOp(unary) if unary.op == ruff_python_ast::UnaryOp::Not => {
                    self.test(&unary.operand);
                }
                other => {
                    let mut escapes = Escapes(&mut self.spoiled);
                    escapes.visit_expr(other);
                }
            }
        }
    }
    let mut scan = Scan::default();
    for stmt in &def.body {
        scan.visit_stmt(stmt);
    }
    let parameters: BTreeSet<String> = def
        .parameters
        .iter_non_variadic_params()
        .map(|p| p.parameter.name.id.to_string())
        .chain(def.parameters.vararg.iter().map(|p| p.name.id.to_string()))
        .chain(def.parameters.kwarg.iter().map(|p| p.name.id.to_string()))
        .collect();
    scan.fresh
        .into_iter()
        .filter(|name| !scan.spoiled.contains(name) && !parameters.contains(name))
        .collect()
}

/// Whether a loop body can leave the loop (`break` or `return` at its own
/// level or in a nested `if`/`try`, not in an inner loop's body).
fn leaves(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Break(_) | Stmt::Return(_) | Stmt::Raise(_) => true,
        Stmt::If(branch) => {
            leaves(&branch.body) || branch.elif_else_clauses.iter().any(|c| leaves(&c.body))
        }
        Stmt::Try(attempt) => {
            leaves(&attempt.body)
                || attempt.handlers.iter().any(|h| {
                    let ExceptHandler::ExceptHandler(h) = h;
                    leaves(&h.body)
                })
                || leaves(&attempt.orelse)
        }
        _ => false,
    })
}

struct Purity<'c> {
    context: &'c Context<'c>,
    generators: &'c BTreeSet<String>,
    owned: &'c BTreeSet<String>,
    pure: bool,
}

impl<'a> Visitor<'a> for Purity<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) => {
                let allowed = match call.func.as_ref() {
                    Expr::Name(name) => {
                        let id = name.id.as_str();
                        // Constructors are usually bound by an import
                        // (`from datetime import timedelta`).
                        (PURE_BUILTINS.contains(&id) && !self.context.bound.any(&[id]))
                            || CONSTRUCTORS.contains(&id)
                            || self.generators.contains(id)
                            || self.context.facts.pure_constructors.contains(id)
                    }
                    Expr::Attribute(attribute) => {
                        let method = attribute.attr.id.as_str();
                        PURE_METHODS.contains(&method)
                            || MORE_METHODS.contains(&method)
                            || matches!(attribute.value.as_ref(), Expr::Name(n) if self.owned.contains(n.id.as_str()))
                    }
                    _ => false,
                };
                // A function handed over by name (`key=f`) would run the
                // code's own function inside the body.
                let passes_function = call.arguments.keywords.iter().any(|k| {
                    k.arg.as_ref().is_some_and(|a| a.id.as_str() == "key")
                        && !match &k.value {
                            Expr::Name(name) => PURE_BUILTINS.contains(&name.id.as_str()),
                            Expr::Attribute(attribute) => {
                                PURE_METHODS.contains(&attribute.attr.id.as_str())
                            }
                            _ => false,
                        }
                });
                if !allowed || passes_function {
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

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn pure_generators_collect_what_they_yield() {
        assert_eq!(
            rewritten(
                "\ndef chunks(items, n):\n    for i in range(0, len(items), n):\n        yield items[i:i + n]\n"
            ),
            "@__codeact_mod__lazy.eager\ndef chunks(items, n):\n    for i in range(0, len(items), n):\n        __codeact_mod__lazy.put((items[i:i + n]))\n"
        );
        assert_eq!(
            rewritten("def f(xs):\n    yield from xs\n    yield\n\nprint(list(f([1])))\n"),
            "def f(xs):\n    __codeact_mod__lazy.put_all((xs))\n    __codeact_mod__lazy.put((None))\nf = __codeact_mod__lazy.eager(f)\nprint(list(f([1])))\n"
        );
    }

    #[test]
    fn endless_generators_run_stepwise() {
        let out =
            rewritten("\ndef f():\n    n = 0\n    while True:\n        yield n\n        n += 1\n");
        assert!(out.starts_with("@__codeact_mod__lazy.stepwise\n"), "{out}");
    }

    #[test]
    fn generators_with_effects_or_endless_over_an_input_are_left_alone() {
        for code in [
            "\ndef f(xs):\n    for x in xs:\n        print(x)\n        yield x\n",
            "\ndef f(xs):\n    while True:\n        for x in xs:\n            yield x\n",
            "\ndef f(d):\n    for k in d:\n        d[k] = 1\n        yield k\n",
            "\ndef f(xs):\n    try:\n        yield 1\n    finally:\n        pass\n",
            "\ndef f(xs):\n    x = yield 1\n",
        ] {
            let out = rewritten(code);
            assert!(!out.contains("__codeact_mod__lazy"), "{out}");
        }
    }
}
