//! Rewrites, before the code runs, constructs monty 0.0.23 lacks or gets
//! wrong into code it runs the way CPython 3.11 does.
//!
//! Each rewrite is exact or it does not happen: a construct the rewrite
//! cannot prove it handles is left as written, and monty raises its own
//! error for it. Rewrites edit text ranges in place and never change the
//! number of lines, so tracebacks point at the user's lines. The helper
//! names they inject start with [`RESERVED_PREFIX`], which the prepass
//! refuses in user code, so nothing the user writes can reach or shadow them.

mod bit_length;
mod bools;
mod bound_methods;
mod builtin_attrs;
pub(crate) mod builtin_exceptions;
mod builtin_format;
mod builtin_names;
mod center;
mod class_members;
mod class_of;
mod copies;
pub(crate) mod dataclass_bases;
mod datetime_methods;
mod delete;
mod docstrings;
mod dunder_name;
mod edits;
mod enums;
mod except_messages;
pub(crate) mod exceptions;
mod factorial;
mod format_spec;
mod fsum;
pub(crate) mod generator_states;
mod generators;
mod generic_aliases;
pub(crate) mod host;
pub(crate) mod host_callers;
mod inheritance;
pub(crate) mod instance_dict;
mod isqrt;
mod json_errors;
mod latin1;
mod lazy_generators;
mod lazy_iterators;
mod literal;
mod mapping_classes;
mod match_groups;
mod match_statement;
mod methods;
mod module_functions;
pub(crate) mod module_name;
mod named_tuples;
mod names;
mod negative_powers;
mod next_gen;
mod numbers;
mod operators;
mod percent;
mod pow_mod;
mod range_index;
mod regex;
mod regex_verbose;
mod reversed_iterators;
mod round;
mod set_operators;
mod set_order;
mod single_dispatch;
mod slices;
mod stop_values;
mod sub_function;
mod subn;
mod timedeltas;
mod translate;
mod unpack;
mod value_attributes;
mod zero_division;

use ruff_python_ast::Stmt;
use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{Expr, FString};

use ruff_text_size::{TextRange, TextSize};

use super::prepass::ASYNC_PREFIX;
pub(crate) use class_members::{ClassFacts, OPERATOR_DUNDERS, unbuilt_dataclass_feature};
pub(crate) use class_of::MRO_BUILTINS;
use edits::Edits;
pub(crate) use edits::{Clash, LineMap};
use names::BoundNames;

/// The prefix of every name a rewrite injects; user code may not use it.
pub(crate) const RESERVED_PREFIX: &str = "__codeact";

/// `code` with every rewrite applied (`suite` is its parsed body),
/// [`ASYNC_PREFIX`] put before the names of the awaited tools at
/// `awaited_tools`, and the prepass's own `replacements` (import
/// statements, which no rewrite here touches) made. `properties` holds the
/// `facts` holds what the
/// classes of earlier blocks of the session define, and gets what this
/// block's define.
///
/// Rewrites keep every line of the user's where it is where they can (one
/// may add a line after the last); where one has to add a line in between,
/// the [`LineMap`] returned with the code maps lines back.
pub(crate) fn rewrite(
    code: &str,
    suite: &[Stmt],
    awaited_tools: &[TextRange],
    replacements: Vec<(TextRange, String)>,
    facts: &mut ClassFacts,
) -> Result<(String, LineMap), Clash> {
    let bound = BoundNames::of(suite);
    // The walks for the session's facts run only where the text shows the
    // construct they look for could be there (every block pays for them).
    if !facts.sets && (code.contains('{') || code.contains("set")) {
        facts.sets = set_order::makes_sets(suite);
    }
    facts
        .typing_names
        .extend(generic_aliases::typing_imports(suite));
    facts.json_errors = facts.json_errors || code.contains("JSONDecodeError");
    if code.contains("dataclass") {
        facts
            .pure_constructors
            .extend(generators::pure_constructors(suite));
    }
    // Every block's: a later one may copy an object an earlier one made.
    // An attribute store has a `.`, a class field a `class` around it.
    if code.contains('.') || code.contains("class") || code.contains("setattr") {
        let (names, dynamic) = copies::assigned_attributes(suite);
        facts.attribute_names.extend(names);
        facts.dynamic_attributes |= dynamic;
    }
    copies::update_copiers(suite, &mut facts.copiers);
    host_callers::update(suite, &facts.tools, &mut facts.host_callers);
    if code.contains("__format__") {
        facts.formats |= format_spec::defines(suite, "__format__");
    }
    if code.contains("StopIteration") {
        stop_values::update_names(suite, &mut facts.stop_names);
    }
    if code.contains("__reversed__") {
        facts.reversible |= format_spec::defines(suite, "__reversed__");
    }
    if code.contains("match") {
        match_statement::update_match_args(suite, &mut facts.match_args);
    }
    let imaginary = code.contains('j') && builtin_names::writes_imaginary_literals(suite);
    for (names, dunders) in MODULE_OPERATORS {
        if names.iter().any(|name| code.contains(name)) || (imaginary && names.contains(&"complex"))
        {
            facts
                .operators
                .extend(dunders.iter().map(|d| (*d).to_owned()));
        }
    }
    if facts.sets {
        operators::update_set_names(suite, &mut facts.set_names);
    }
    bools::update_names(suite, &bound, &mut facts.bool_names, &mut facts.bool_lists);
    let mut edits = Edits::default();
    class_members::on_suite(code, suite, &bound, &mut edits, facts);
    let generators = generators::candidates(suite);
    // Only subscripts are rewritten inside what annotations would hold.
    let annotations = if code.contains('[') {
        generic_aliases::annotations(suite)
    } else {
        Vec::new()
    };
    let mut walker = Walker {
        source: code,
        bound: &bound,
        generators: &generators,
        facts,
        edits,
        fstring_quotes: Vec::new(),
        scopes: Vec::new(),
        consumed: std::collections::BTreeSet::new(),
        called: std::collections::BTreeSet::new(),
        walked: std::collections::BTreeSet::new(),
        raising: 0,
        mentions_timedelta: code.contains("timedelta"),
        annotations: &annotations,
    };
    for range in awaited_tools {
        walker.edits.open(*range, ASYNC_PREFIX);
    }
    for (range, text) in replacements {
        walker.edits.replace(range, text);
    }
    for stmt in suite {
        walker.visit_stmt(stmt);
    }
    walker.edits.apply_mapped(code)
}

/// Whether the code of `suite` binds `name` somewhere (an assignment, a
/// `def`, an import, a parameter...).
pub(crate) fn binds(suite: &[Stmt], name: &str) -> bool {
    BoundNames::of(suite).any(&[name])
}

/// The name `expr` reaches a thing by, written bare (`Enum`) or through
/// `module` (`enum.Enum`).
pub(super) fn bare_or_qualified<'e>(expr: &'e Expr, module: &str) -> Option<&'e str> {
    match expr {
        Expr::Name(name) => Some(name.id.as_str()),
        Expr::Attribute(attribute) if matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == module) => {
            Some(attribute.attr.id.as_str())
        }
        _ => None,
    }
}

/// Special methods of the sandbox modules' classes, which monty does not
/// dispatch for them: code that names one of the names (the class, or what
/// makes its objects) has these operators go through the `_classes` module,
/// where the module registers its methods (`_sandbox.register_operators`).
const MODULE_OPERATORS: &[(&[&str], &[&str])] = &[
    (
        &["complex"],
        &[
            "__add__",
            "__radd__",
            "__sub__",
            "__rsub__",
            "__mul__",
            "__rmul__",
            "__truediv__",
            "__rtruediv__",
            "__pow__",
            "__rpow__",
            "__pos__",
            "__neg__",
            "__abs__",
            "__bool__",
        ],
    ),
    (
        &["NormalDist"],
        &[
            "__add__",
            "__radd__",
            "__sub__",
            "__rsub__",
            "__mul__",
            "__rmul__",
            "__truediv__",
            "__pos__",
            "__neg__",
        ],
    ),
    (
        &[
            "strptime",
            "gmtime",
            "localtime",
            "struct_time",
            "timetuple",
        ],
        &["__getitem__", "__len__"],
    ),
    (
        &["bytearray"],
        &[
            "__getitem__",
            "__setitem__",
            "__delitem__",
            "__len__",
            "__bool__",
            "__add__",
            "__radd__",
            "__mul__",
            "__rmul__",
            "__iadd__",
        ],
    ),
];

/// The names `suite`'s top level imports from `module`: (the module's
/// name, the name bound).
pub(super) fn imports_from<'s>(suite: &'s [Stmt], module: &str) -> Vec<(&'s str, &'s str)> {
    let mut names = Vec::new();
    for stmt in suite {
        if let Stmt::ImportFrom(import) = stmt
            && import
                .module
                .as_ref()
                .is_some_and(|m| m.id.as_str() == module)
        {
            for alias in &import.names {
                let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                names.push((alias.name.id.as_str(), bound.id.as_str()));
            }
        }
    }
    names
}

/// Where the `.` of `attribute` is: after its receiver and any closing
/// parentheses around it (`(n) .bit_length`), so a rewrite can replace
/// `.name` and keep the receiver's text.
pub(super) fn attribute_dot(
    source: &str,
    attribute: &ruff_python_ast::ExprAttribute,
) -> Option<ruff_text_size::TextSize> {
    use ruff_text_size::Ranged;
    let tail_start = usize::from(attribute.value.end());
    source
        .get(tail_start..usize::from(attribute.end()))
        .and_then(|tail| tail.rfind('.'))
        .and_then(|dot| ruff_text_size::TextSize::try_from(tail_start + dot).ok())
}

/// `node` (the attribute `receiver.name`, or a call of it) written as
/// `open`, the receiver's text (with any edits inside it) and `close`:
/// the `.name...` after the receiver is what `close` replaces. Nothing
/// changes where the dot cannot be found.
fn around_receiver(
    source: &str,
    attribute: &ruff_python_ast::ExprAttribute,
    node: TextRange,
    open: impl Into<String>,
    close: impl Into<String>,
    edits: &mut Edits,
) {
    let Some(dot) = attribute_dot(source, attribute) else {
        return;
    };
    edits.open(node, open);
    edits.replace(TextRange::new(dot, node.end()), close);
}

/// The call `receiver.name(args)` written as `open`, the receiver's text,
/// `after_receiver` and the arguments after a comma, if any: a method call
/// made a call of a function taking the receiver first
/// (`m.start(name)` as `start(m, name)`). Nothing changes where the dot
/// cannot be found.
fn receiver_first(
    source: &str,
    call: &ruff_python_ast::ExprCall,
    attribute: &ruff_python_ast::ExprAttribute,
    open: impl Into<String>,
    after_receiver: &str,
    edits: &mut Edits,
) {
    use ruff_text_size::Ranged;
    let Some(dot) = attribute_dot(source, attribute) else {
        return;
    };
    let separator = if call.arguments.is_empty() { "" } else { ", " };
    edits.open(call.func.range(), open);
    edits.replace(
        TextRange::new(dot, call.arguments.start() + TextSize::new(1)),
        format!("{after_receiver}{separator}"),
    );
}

/// Where the operator token between `left` and `right` starts: past the
/// closing parentheses, blanks, line continuations and comments after
/// `left`.
pub(super) fn operator_at(
    source: &str,
    left: TextSize,
    right: TextSize,
    token: &str,
) -> Option<TextRange> {
    let gap = source.get(usize::from(left)..usize::from(right))?;
    let mut offset = 0;
    let bytes = gap.as_bytes();
    while offset < bytes.len() {
        match bytes[offset] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\\' | b')' => offset += 1,
            b'#' => {
                offset += gap.get(offset..)?.find('\n')?;
            }
            _ => break,
        }
    }
    if !gap.get(offset..)?.starts_with(token) {
        return None;
    }
    let start = left + TextSize::try_from(offset).ok()?;
    Some(TextRange::at(start, TextSize::try_from(token.len()).ok()?))
}

/// `a op b` written as `function(a , b)`, the operands' text (and the
/// edits inside them) kept; nothing when the operator token is not found.
fn call_instead(
    source: &str,
    binop: &ruff_python_ast::ExprBinOp,
    function: &str,
    edits: &mut Edits,
) {
    use ruff_text_size::Ranged;
    let Some(token) = operator_at(
        source,
        binop.left.end(),
        binop.right.start(),
        binop.op.as_str(),
    ) else {
        return;
    };
    edits.open(binop.range(), format!("{function}("));
    edits.replace(token, ",");
    edits.close(binop.range(), ")");
}

/// What every rewrite sees of the code around the node it looks at.
pub(super) struct Context<'a> {
    pub(super) source: &'a str,
    pub(super) bound: &'a BoundNames,
    /// Inside an f-string replacement field, where a rewrite that emits
    /// string literals could clash with the enclosing quotes.
    pub(super) in_fstring: bool,
    /// Directly in a class body, where assigned names become attributes.
    pub(super) in_class_body: bool,
    /// Outside every `def` and `class`.
    pub(super) top_level: bool,
    /// What the session's classes define (see `class_members`).
    pub(super) facts: &'a ClassFacts,
    /// The quote character a string literal written here can use: any
    /// outside f-strings, the other one inside a single f-string (Python
    /// 3.11 cannot reuse the enclosing quote), none deeper.
    pub(super) literal_quote: Option<char>,
    /// A generator expression whose call takes all its values at once (or
    /// one by one through a rewrite of its own), so it may stay monty's list.
    pub(super) consumed: bool,
    /// An attribute that is the callee of a call (see `bound_methods`).
    pub(super) called_method: bool,
    /// An expression that what receives it walks once, at once: a loop's
    /// or a comprehension's iterable, a consuming builtin's argument (see
    /// `reversed_iterators`).
    pub(super) walked_once: bool,
    /// The block's text mentions `timedelta`.
    pub(super) mentions_timedelta: bool,
    /// Where the block's annotations are (see `generic_aliases`).
    pub(super) annotations: &'a [TextRange],
    /// Inside an `assert` or `raise` statement, where monty 0.0.23 mishandles
    /// a lambda that captures a local of the enclosing function (the local
    /// turns into a raw cell everywhere in that function).
    pub(super) no_closures: bool,
}

struct Walker<'a> {
    source: &'a str,
    bound: &'a BoundNames,
    facts: &'a ClassFacts,
    /// The generator functions of the block (see `generators`).
    generators: &'a std::collections::BTreeSet<String>,
    edits: Edits,
    fstring_quotes: Vec<char>,
    /// One entry per enclosing `class` (true) or `def` (false).
    scopes: Vec<bool>,
    /// Where the generator expressions that calls consume start.
    consumed: std::collections::BTreeSet<ruff_text_size::TextSize>,
    /// The attributes that are the callee of a call (`out.append(x)`).
    called: std::collections::BTreeSet<(TextSize, TextSize)>,
    /// The expressions that are walked once (see [`Context::walked_once`]).
    walked: std::collections::BTreeSet<reversed_iterators::Span>,
    /// `assert` and `raise` statements the walk is inside.
    raising: usize,
    /// See [`Context::mentions_timedelta`].
    mentions_timedelta: bool,
    /// See [`Context::annotations`].
    annotations: &'a [TextRange],
}

impl<'a> Visitor<'a> for Walker<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let context = self.context();
        bools::on_stmt(stmt, &context, &mut self.edits);
        unpack::on_stmt(stmt, &context, &mut self.edits);
        delete::on_stmt(stmt, &context, &mut self.edits);
        slices::on_stmt(stmt, &context, &mut self.edits);
        class_members::on_stmt(stmt, &context, &mut self.edits);
        operators::on_stmt(stmt, &context, &mut self.edits);
        set_operators::on_stmt(stmt, &context, &mut self.edits);
        set_order::on_stmt(stmt, &context, &mut self.edits);
        generators::on_stmt(stmt, &context, self.generators, &mut self.edits);
        match_statement::on_stmt(stmt, &context, &mut self.edits);
        docstrings::on_stmt(stmt, &context, &mut self.edits);
        except_messages::on_stmt(stmt, &context, &mut self.edits);
        exceptions::on_stmt(stmt, &context, &mut self.edits);
        zero_division::on_stmt(stmt, &context, &mut self.edits);
        dunder_name::on_stmt(stmt, &context, &mut self.edits);
        module_functions::on_stmt(stmt, &context, &mut self.edits);
        single_dispatch::on_stmt(stmt, &context, &mut self.edits);
        self.walked.extend(reversed_iterators::walked_by_stmt(stmt));
        let scope = match stmt {
            Stmt::ClassDef(_) => Some(true),
            Stmt::FunctionDef(_) => Some(false),
            _ => None,
        };
        if let Some(is_class) = scope {
            self.scopes.push(is_class);
        }
        let raising = matches!(stmt, Stmt::Assert(_) | Stmt::Raise(_));
        self.raising += usize::from(raising);
        ruff_python_ast::visitor::walk_stmt(self, stmt);
        self.raising -= usize::from(raising);
        if scope.is_some() {
            self.scopes.pop();
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        let mut context = self.context();
        if let Expr::Call(call) = expr
            && let Some(generator) = lazy_generators::consumed(call, &context)
        {
            self.consumed
                .insert(ruff_text_size::Ranged::start(generator));
        }
        context.consumed = matches!(expr, Expr::Generator(generator)
            if self.consumed.contains(&ruff_text_size::Ranged::start(generator)));
        if let Expr::Call(call) = expr
            && let Expr::Attribute(callee) = call.func.as_ref()
        {
            self.called
                .insert((callee.range.start(), callee.range.end()));
        }
        context.called_method = matches!(expr, Expr::Attribute(attribute)
                if self.called.contains(&(attribute.range.start(), attribute.range.end())));
        self.walked
            .extend(reversed_iterators::walked_by_expr(expr, &context));
        context.walked_once = reversed_iterators::is_walked(expr, &self.walked);
        bound_methods::on_expr(expr, &context, &mut self.edits);
        match_groups::on_expr(expr, &context, &mut self.edits);
        stop_values::on_expr(expr, &context, &mut self.edits);
        bools::on_expr(expr, &context, &mut self.edits);
        percent::on_expr(expr, &context, &mut self.edits);
        regex::on_expr(expr, &context, &mut self.edits);
        regex_verbose::on_expr(expr, &context, &mut self.edits);
        reversed_iterators::on_expr(expr, &context, &mut self.edits);
        round::on_expr(expr, &context, &mut self.edits);
        methods::on_expr(expr, &context, &mut self.edits);
        builtin_format::on_expr(expr, &context, &mut self.edits);
        format_spec::on_expr(expr, self.source, self.facts.formats, &mut self.edits);
        dunder_name::on_expr(expr, &context, &mut self.edits);
        class_of::on_expr(expr, &context, &mut self.edits);
        docstrings::on_expr(expr, &context, &mut self.edits);
        lazy_generators::on_expr(expr, &context, &mut self.edits);
        lazy_iterators::on_expr(expr, &context, &mut self.edits);
        next_gen::on_expr(expr, &context, &mut self.edits);
        module_name::on_expr(expr, &context, &mut self.edits);
        bit_length::on_expr(expr, &context, &mut self.edits);
        numbers::on_expr(expr, &context, &mut self.edits);
        exceptions::on_expr(expr, &mut self.edits, context.source);
        translate::on_expr(expr, &context, &mut self.edits);
        center::on_expr(expr, &context, &mut self.edits);
        builtin_attrs::on_expr(expr, &context, &mut self.edits);
        subn::on_expr(expr, &context, &mut self.edits);
        sub_function::on_expr(expr, &context, &mut self.edits);
        range_index::on_expr(expr, &context, &mut self.edits);
        fsum::on_expr(expr, &context, &mut self.edits);
        module_functions::on_expr(expr, &context, &mut self.edits);
        value_attributes::on_expr(expr, &context, &mut self.edits);
        instance_dict::on_expr(expr, &context, &mut self.edits);
        latin1::on_expr(expr, &context, &mut self.edits);
        datetime_methods::on_expr(expr, &context, &mut self.edits);
        set_operators::on_expr(expr, &context, &mut self.edits);
        set_order::on_expr(expr, &context, &mut self.edits);
        enums::on_expr(expr, &context, &mut self.edits);
        generic_aliases::on_expr(expr, &context, &mut self.edits);
        json_errors::on_expr(expr, &context, &mut self.edits);
        timedeltas::on_expr(expr, &context, &mut self.edits);
        copies::on_expr(expr, &context, &mut self.edits);
        mapping_classes::on_expr(expr, &context, &mut self.edits);
        builtin_names::on_expr(expr, &context, &mut self.edits);
        class_members::on_expr(expr, &context, &mut self.edits);
        negative_powers::on_expr(expr, &context, &mut self.edits);
        operators::on_expr(expr, &context, &mut self.edits);
        factorial::on_expr(expr, &context, &mut self.edits);
        isqrt::on_expr(expr, &context, &mut self.edits);
        pow_mod::on_expr(expr, &context, &mut self.edits);
        zero_division::on_expr(expr, &context, &mut self.edits);
        walk_expr(self, expr);
    }

    fn visit_f_string(&mut self, f_string: &'a FString) {
        use ruff_python_ast::StringFlags;
        use ruff_python_ast::str::Quote;
        // A literal in this f-string's fields takes the other quote
        // (Python 3.11); none inside a nested f-string.
        let quote = self
            .fstring_quotes
            .is_empty()
            .then(|| match f_string.flags.quote_style() {
                Quote::Single => '"',
                Quote::Double => '\'',
            });
        format_spec::on_f_string(
            f_string,
            self.source,
            quote,
            self.facts.formats,
            &mut self.edits,
        );
        self.fstring_quotes
            .push(match f_string.flags.quote_style() {
                Quote::Single => '\'',
                Quote::Double => '"',
            });
        ruff_python_ast::visitor::walk_f_string(self, f_string);
        self.fstring_quotes.pop();
    }
}

impl<'s> Walker<'s> {
    fn context(&self) -> Context<'s> {
        Context {
            source: self.source,
            bound: self.bound,
            facts: self.facts,
            literal_quote: match self.fstring_quotes.as_slice() {
                [] => Some('"'),
                ['"'] => Some('\''),
                [_] => Some('"'),
                _ => None,
            },
            in_fstring: !self.fstring_quotes.is_empty(),
            in_class_body: self.scopes.last().copied().unwrap_or(false),
            top_level: self.scopes.is_empty(),
            consumed: false,
            called_method: false,
            walked_once: false,
            no_closures: self.raising > 0,
            mentions_timedelta: self.mentions_timedelta,
            annotations: self.annotations,
        }
    }
}

#[cfg(test)]
pub(super) fn rewritten(code: &str) -> String {
    rewritten_with_tools(code, &[])
}

/// [`rewritten`] in a session with the tools `tools`.
#[cfg(test)]
pub(super) fn rewritten_with_tools(code: &str, tools: &[&str]) -> String {
    let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
    let mut facts = ClassFacts {
        tools: tools.iter().map(|tool| (*tool).to_owned()).collect(),
        ..ClassFacts::default()
    };
    let (out, map) = rewrite(code, parsed.suite(), &[], Vec::new(), &mut facts)
        .expect("the rewrites of test code do not clash");
    assert!(
        ruff_python_parser::parse_module(&out).is_ok(),
        "rewritten code does not parse:\n{out}"
    );
    // Every line of the user's is where it was, or where the map says.
    let lines = code.matches('\n').count();
    let out_lines = u32::try_from(out.matches('\n').count()).expect("test code is short");
    let written = usize::try_from(map.written(out_lines)).expect("u32 fits usize");
    assert!(
        written == lines || (written == lines + 1 && out.ends_with('\n')),
        "lines moved:\n{out}"
    );
    out
}
