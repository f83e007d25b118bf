//! Method decorators, which monty 0.0.23 refuses in a class body:
//! `@staticmethod`, `@classmethod`, `@property` (with its `.setter`) and
//! decorators of the code's own (`@timed`, `@functools.lru_cache()`).
//!
//! The decorators come off the methods and the class statement is followed,
//! on the first blank line after it (or a line added at the end of the
//! code), by statements that apply them to the class's members:
//!
//! - `@staticmethod` and `@classmethod` become members that are bound
//!   methods of a holder in the `_classes` module, which monty returns
//!   as they are instead of binding them to the instance; the class method's
//!   holder passes the class first. Without inheritance (which monty lacks)
//!   the class a class method receives is always the one that defines it.
//! - A property's getter and setter are renamed and registered for
//!   (class, name); reads `x.name`, writes `x.name = v` and `x.name op= v`,
//!   and `getattr`/`hasattr`/`setattr` with any name then go through the
//!   module, which calls the accessor when `x`'s class has that property and
//!   does a plain attribute access otherwise. A write the rewrite does not
//!   see (a tuple target, say) is caught at the next read, never answered
//!   silently.
//! - A decorator of the code's own is applied as `C.m = deco(C.m)`.
//!   Applying it after the class body, not in it, is only exact when the
//!   decorator expression names nothing the class body binds and the body
//!   does nothing else with the decorated name, which the rewrite checks.
//!
//! A class with anything else decorated (`@x.deleter`, `@classmethod` over
//! `@property`), or with no line to put the statements on, is left as
//! written, and monty's refusal names the construct.

use std::collections::BTreeSet;

use ruff_python_ast::statement_visitor::{StatementVisitor, walk_stmt};
use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{Decorator, Expr, ExprContext, Stmt, StmtClassDef, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;
use super::enums;
use super::exceptions;
use super::inheritance::{self, ClassInfo, Plan};
use super::named_tuples;

/// The module the applied decorators live in.
pub(super) const MODULE: &str = "__codeact_mod__classes";

/// The special methods monty 0.0.23 does not call for the operators and
/// builtins they stand for; the `operators` rewrite calls them.
pub(crate) const OPERATOR_DUNDERS: &[&str] = &[
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__matmul__",
    "__rmatmul__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__len__",
    "__bool__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__call__",
    "__int__",
    "__float__",
    "__index__",
];

/// Whether an IntEnum member answers `dunder` as its int does: the
/// arithmetic, bitwise and ordering operators, not the in-place ones, `@`
/// or the container and call hooks.
fn int_enum_operator(dunder: &str) -> bool {
    let in_place = dunder.starts_with("__i") && dunder != "__invert__";
    !in_place
        && !matches!(
            dunder,
            "__matmul__"
                | "__rmatmul__"
                | "__len__"
                | "__bool__"
                | "__getitem__"
                | "__setitem__"
                | "__delitem__"
                | "__call__"
                | "__int__"
                | "__float__"
                | "__index__"
        )
}

/// What the classes of a session define that rewrites of later code need
/// to know: kept by the executor from block to block.
#[derive(Debug, Default, Clone)]
pub(crate) struct ClassFacts {
    /// Names of properties, whose reads and writes go through the module.
    pub(crate) properties: BTreeSet<String>,
    /// Special methods of [`OPERATOR_DUNDERS`] some class defines.
    pub(crate) operators: BTreeSet<String>,
    /// The session's classes by name, for the classes that inherit from
    /// them.
    pub(crate) classes: std::collections::BTreeMap<String, ClassInfo>,
    /// Some class was flattened: `isinstance` and `issubclass` go through
    /// the module.
    pub(crate) inherits: bool,
    /// Some class derives from a builtin exception: raises and handlers go
    /// through the module (see `exceptions`).
    pub(crate) exceptions: bool,
    /// A block before the first such class defined a function that catches
    /// exceptions: its handlers were not routed, so no exception class is
    /// taken on any more.
    pub(crate) catching_functions: bool,
    /// The generics of `typing` the session imported (see `generic_aliases`).
    pub(crate) typing_names: BTreeSet<String>,
    /// Some block of the session names `JSONDecodeError` (see `json_errors`).
    pub(crate) json_errors: bool,
    /// Every attribute name the session's code assigns, and whether a
    /// `setattr` takes a computed one (see `copies`).
    pub(crate) attribute_names: BTreeSet<String>,
    pub(crate) dynamic_attributes: bool,
    /// The names bound to `copy.copy` and `copy.deepcopy` (see `copies`).
    pub(crate) copiers: BTreeSet<String>,
    /// The session's dataclasses a generator body may construct (see
    /// `generators::pure_constructors`).
    pub(crate) pure_constructors: BTreeSet<String>,
    /// The session's enum classes (see `enums`).
    pub(crate) enums: BTreeSet<String>,
    /// One of them is an IntEnum.
    pub(crate) int_enums: bool,
    /// Some block of the session makes a set: where a set's order shows,
    /// the value goes through the `_sets` module (see `set_order`).
    pub(crate) sets: bool,
    /// The session's generator functions made state machines (see
    /// `generator_states`): with any, `enumerate`, `zip`, `map` and
    /// `filter` go through the `_generator` module (see `lazy_iterators`).
    pub(crate) generator_states: BTreeSet<String>,
    /// Some block of the session names `OrderedDict` or `ChainMap`, which
    /// the sandbox's `collections` writes as classes (see `mapping_classes`).
    pub(crate) mapping_classes: bool,
    /// The attributes the code sets on its functions (`wrapper.calls = 0`).
    pub(crate) function_attributes: BTreeSet<String>,
    /// Names (and `.attr` for attributes) the session binds to sets (see
    /// `operators::update_set_names`).
    pub(crate) set_names: BTreeSet<String>,
    /// Names `except StopIteration as e` binds (see `stop_values`).
    pub(crate) stop_names: BTreeSet<String>,
    /// Some class of the session defines `__reversed__` (see
    /// `reversed_iterators`).
    pub(crate) reversible: bool,
    /// Some class of the session defines `__format__` (see `format_spec`).
    pub(crate) formats: bool,
    /// The names that reach the host when called (see `host_callers`).
    pub(crate) host_callers: BTreeSet<String>,
    /// The tools of the block being rewritten.
    pub(crate) tools: BTreeSet<String>,
    /// Names the session binds to values that may be bools, and to lists
    /// of them (see `bools`).
    pub(crate) bool_names: BTreeSet<String>,
    pub(crate) bool_lists: BTreeSet<String>,
    /// The session's dataclasses whose fields a subclass takes (see
    /// `dataclass_bases`).
    pub(crate) dataclass_fields:
        std::collections::BTreeMap<String, super::dataclass_bases::DataclassFields>,
    /// The attributes positional sub-patterns of the session's classes
    /// match, in order: a dataclass's fields, a class's literal
    /// `__match_args__` (see `match_statement::update_match_args`).
    pub(crate) match_args: std::collections::BTreeMap<String, Vec<String>>,
}

/// Builtins the module's helpers call, which a binding of the block would
/// hide from them.
const HELPER_BUILTINS: &[&str] = &["type", "getattr", "hasattr", "setattr", "len"];

/// What one decorated method becomes.
enum Member<'a> {
    Static,
    ClassMethod,
    /// The getter of the property `name`.
    Getter,
    /// A `functools.cached_property`: a getter whose value the object
    /// keeps after the first read (and that an assignment replaces).
    CachedGetter,
    /// The setter of the property `name`, written after its getter.
    Setter,
    /// Decorators of the code's own, outermost first.
    Applied(Vec<&'a str>),
}

/// Takes the decorators off the methods of every class in `suite` that can
/// do without them, and adds the statements applying them after each class;
/// `properties` gets the name of every property so registered.
pub(super) fn on_suite(
    source: &str,
    suite: &[Stmt],
    bound: &super::names::BoundNames,
    edits: &mut Edits,
    facts: &mut ClassFacts,
) {
    let roots: Vec<&str> = exceptions::ROOTS.iter().map(|(root, _)| *root).collect();
    let allow_exceptions = (facts.exceptions || !facts.catching_functions) && !bound.any(&roots);
    if !facts.exceptions && exceptions::has_catching_function(suite) {
        facts.catching_functions = true;
    }
    if bound.any(HELPER_BUILTINS) || bound.any(&["staticmethod", "classmethod", "property"]) {
        return;
    }
    if mentions_any_name(suite, &["cmp_to_key", "total_ordering"]) {
        // Its key objects compare by the special methods the module calls.
        facts
            .operators
            .extend(["__lt__", "__gt__", "__le__", "__ge__"].map(str::to_owned));
    }
    if !bound.any(&["property"]) {
        facts.properties.extend(property_calls(suite));
    }
    if mentions_attribute(suite, "isocalendar") {
        // `isocalendar()` results are indexed and measured through the
        // module, stored or not (the sandbox's IsoCalendarDate is no tuple).
        facts
            .operators
            .extend(["__getitem__", "__len__"].map(str::to_owned));
    }
    if mentions_any_name(suite, &["OrderedDict", "ChainMap"])
        || mentions_attribute(suite, "OrderedDict")
        || mentions_attribute(suite, "ChainMap")
    {
        // The sandbox's `collections` writes them as classes whose
        // subscripts, len() and truth the module dispatches.
        facts
            .operators
            .extend(["__getitem__", "__setitem__", "__len__", "__bool__"].map(str::to_owned));
        facts.mapping_classes = true;
    }
    for attribute in function_attributes(suite) {
        facts.properties.insert(attribute.clone());
        facts.function_attributes.insert(attribute);
    }
    for method in FUNCTION_METHODS {
        if mentions_attribute(suite, method) {
            facts.properties.insert((*method).to_owned());
        }
    }
    let mut finder = Classes {
        source,
        edits,
        facts,
        assigned_through_class: inheritance::assigned_through_class(suite),
        allow_exceptions,
    };
    finder.visit_body(suite);
}

/// Methods the sandbox's modules give functions (`functools.lru_cache`'s
/// `cache_info()`), routed through the module like function attributes,
/// calls included (no builtin type has methods of these names).
const FUNCTION_METHODS: &[&str] = &[
    "cache_info",
    "cache_clear",
    // functools.singledispatch's.
    "register",
    "dispatch",
    "registry",
];

/// The public attribute names of the builtin types (str, list, dict, set,
/// tuple, int, float, bytes, deque, Counter, OrderedDict, defaultdict, the
/// datetime types, Pattern, Match; `dir()` of each in CPython 3.11) beyond
/// the methods `bound_methods` knows: a call of one of these on a value is
/// a builtin method call, which the module's `get` could not look up.
const OTHER_BUILTIN_ATTRIBUTES: &[&str] = &[
    "as_integer_ratio",
    "astimezone",
    "bit_count",
    "bit_length",
    "combine",
    "conjugate",
    "ctime",
    "date",
    "day",
    "days",
    "decode",
    "default_factory",
    "denominator",
    "dst",
    "elements",
    "endpos",
    "flags",
    "fold",
    "from_bytes",
    "fromhex",
    "fromisocalendar",
    "fromisoformat",
    "fromordinal",
    "fromtimestamp",
    "groupindex",
    "hex",
    "hour",
    "imag",
    "is_integer",
    "isocalendar",
    "isoformat",
    "isoweekday",
    "lastgroup",
    "lastindex",
    "max",
    "maxlen",
    "microsecond",
    "microseconds",
    "min",
    "minute",
    "month",
    "most_common",
    "move_to_end",
    "now",
    "numerator",
    "pattern",
    "pos",
    "re",
    "real",
    "regs",
    "resolution",
    "second",
    "seconds",
    "strftime",
    "string",
    "strptime",
    "subtract",
    "time",
    "timestamp",
    "timetuple",
    "timetz",
    "to_bytes",
    "today",
    "toordinal",
    "total",
    "total_seconds",
    "tzinfo",
    "tzname",
    "utcfromtimestamp",
    "utcnow",
    "utcoffset",
    "utctimetuple",
    "weekday",
    "year",
];

/// Whether `name` is an attribute of a builtin type.
fn builtin_attribute(name: &str) -> bool {
    super::bound_methods::METHODS.binary_search(&name).is_ok()
        || OTHER_BUILTIN_ATTRIBUTES.contains(&name)
}

/// The names class bodies of `suite` bind to `property(...)` calls (see
/// [`property_call`]).
fn property_calls(suite: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Finder(BTreeSet<String>);
    impl<'a> StatementVisitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt {
                for member in &class.body {
                    if let Some(name) = property_call(member) {
                        self.0.insert(name.to_owned());
                    }
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder::default();
    finder.visit_body(suite);
    finder.0
}

/// `name = property(...)` in a class body: the name.
fn property_call(stmt: &Stmt) -> Option<&str> {
    let Stmt::Assign(assign) = stmt else {
        return None;
    };
    let [Expr::Name(target)] = assign.targets.as_slice() else {
        return None;
    };
    let Expr::Call(call) = assign.value.as_ref() else {
        return None;
    };
    matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "property")
        .then_some(target.id.as_str())
}

/// Whether some expression of `suite` reads the attribute `name`.
fn mentions_attribute(suite: &[Stmt], name: &str) -> bool {
    struct Finder<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr
                && attribute.attr.id.as_str() == self.name
            {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder { name, found: false };
    finder.visit_body(suite);
    finder.found
}

/// The attributes `suite` sets on its own functions (`wrapper.calls = 0`
/// where some `def wrapper` of the block is): monty's functions cannot
/// hold them, so they are routed through the module like properties.
fn function_attributes(suite: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Finder<'a> {
        functions: BTreeSet<&'a str>,
        assigned: Vec<(&'a str, &'a str)>,
    }
    impl<'a> StatementVisitor<'a> for Finder<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let targets: &[Expr] = match stmt {
                Stmt::FunctionDef(def) => {
                    self.functions.insert(def.name.id.as_str());
                    &[]
                }
                Stmt::Assign(assign) => &assign.targets,
                Stmt::AugAssign(assign) => std::slice::from_ref(assign.target.as_ref()),
                _ => &[],
            };
            for target in targets {
                if let Expr::Attribute(attribute) = target
                    && let Expr::Name(owner) = attribute.value.as_ref()
                    && !attribute.attr.id.as_str().starts_with("__")
                {
                    self.assigned
                        .push((owner.id.as_str(), attribute.attr.id.as_str()));
                }
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder::default();
    finder.visit_body(suite);
    finder
        .assigned
        .iter()
        .filter(|(owner, _)| finder.functions.contains(owner))
        .map(|(_, attribute)| (*attribute).to_owned())
        .collect()
}

struct Classes<'s, 'e> {
    source: &'s str,
    edits: &'e mut Edits,
    facts: &'e mut ClassFacts,
    assigned_through_class: BTreeSet<String>,
    /// Classes may derive from builtin exceptions (see `exceptions`).
    allow_exceptions: bool,
}

impl<'a> StatementVisitor<'a> for Classes<'_, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::ClassDef(class) = stmt {
            self.on_class(class);
        }
        walk_stmt(self, stmt);
    }
}

impl Classes<'_, '_> {
    fn on_class(&mut self, class: &StmtClassDef) {
        let Some(members) = decorated_members(self.source, class) else {
            return;
        };
        let names_of = |kind: fn(&Member<'_>) -> bool| -> BTreeSet<String> {
            members
                .iter()
                .filter(|(_, m)| kind(m))
                .map(|(d, _)| d.name.id.to_string())
                .collect()
        };
        let own_properties = names_of(|m| matches!(m, Member::Getter | Member::CachedGetter));
        let own_class_methods = names_of(|m| matches!(m, Member::ClassMethod));
        let dataclass = class
            .decorator_list
            .iter()
            .any(|d| is_dataclass_decorator(d).is_some());
        let enum_class = enums::plan(class);
        let named_tuple = named_tuples::plan(class);
        let (info, flattening) = if enum_class.is_some() || named_tuple.is_some() {
            (
                inheritance::plain_info(class, &own_properties, &own_class_methods),
                None,
            )
        } else {
            // A dataclass inherits only where `dataclass_bases` gave it
            // its bases' fields.
            let fields_given = self
                .facts
                .dataclass_fields
                .contains_key(class.name.id.as_str());
            match inheritance::plan(
                inheritance::Written {
                    source: self.source,
                    class,
                },
                &self.facts.classes,
                &self.assigned_through_class,
                &own_properties,
                &own_class_methods,
                dataclass && !fields_given,
                self.allow_exceptions,
            ) {
                Plan::Refused => return,
                Plan::Plain(info) => (info, None),
                Plan::Flatten(info, flattening) => (info, Some(flattening)),
            }
        };
        let operators = operator_members(class);
        let order = dataclass_order(class);
        let init = dataclass_init(class);
        if members.is_empty()
            && operators.is_empty()
            && order.is_none()
            && init.is_none()
            && flattening.is_none()
            && enum_class.is_none()
            && named_tuple.is_none()
        {
            self.facts.classes.insert(class.name.id.to_string(), info);
            return;
        }
        let Some((indent, slot)) = patch_slot(self.source, class) else {
            return;
        };
        let owner = class.name.id.as_str();
        let mut statements = Vec::new();
        for (def, member) in &members {
            let name = def.name.id.as_str();
            match member {
                Member::Static => {
                    statements.push(format!("{owner}.{name} = {MODULE}.static({owner}.{name})"));
                }
                Member::ClassMethod => {
                    let raw = inheritance::raw_class_method(name);
                    statements.push(format!(
                        "{owner}.{raw} = {owner}.{name}; {owner}.{name} = {MODULE}.class_method({owner}, {owner}.{raw})"
                    ));
                }
                Member::Getter => {
                    let has_setter = members
                        .iter()
                        .any(|(d, m)| matches!(m, Member::Setter) && d.name.id == def.name.id);
                    let setter = if has_setter {
                        format!("{owner}.{}", accessor("pset", name))
                    } else {
                        "None".to_owned()
                    };
                    statements.push(format!(
                        "{MODULE}.prop({owner}, \"{name}\", {owner}.{}, {setter})",
                        accessor("pget", name)
                    ));
                }
                Member::CachedGetter => {
                    // The attribute keeping the value, for `copy` to copy.
                    self.facts
                        .attribute_names
                        .insert(format!("_codeact_cached_{name}"));
                    statements.push(format!(
                        "{MODULE}.prop({owner}, \"{name}\", {MODULE}.cached_getter({owner}.{}, \"{name}\"), {MODULE}.cached_setter(\"{name}\"))",
                        accessor("pget", name)
                    ));
                }
                Member::Setter => {}
                Member::Applied(decorators) => {
                    let mut applied = format!("{owner}.{name}");
                    for decorator in decorators.iter().rev() {
                        applied = format!("{decorator}({applied})");
                    }
                    statements.push(format!("{owner}.{name} = {applied}"));
                }
            }
        }
        for dunder in &operators {
            statements.push(format!(
                "{MODULE}.method({owner}, \"{dunder}\", {owner}.{dunder})"
            ));
        }
        if let Some((_, fields)) = &order {
            let fields: Vec<String> = fields.iter().map(|f| format!("\"{f}\", ")).collect();
            statements.push(format!(
                "{MODULE}.dataclass_order({owner}, ({}))",
                fields.concat()
            ));
        }
        if let Some(init) = &init {
            let fields: Vec<String> = init.fields.iter().map(|f| format!("\"{f}\", ")).collect();
            let post_init = match init.post_init {
                Some(_) => format!("{owner}.{POST_INIT}"),
                None => "None".to_owned(),
            };
            statements.push(format!(
                "{DATACLASSES}.dataclass_init({owner}, ({}), {post_init}, {})",
                fields.concat(),
                dataclass_eq(self.source, class)
            ));
        }
        if let Some(flattening) = &flattening {
            statements.extend(flattening.statements.iter().cloned());
        }
        if let Some(enum_class) = &enum_class {
            statements.push(enum_class.statement.clone());
        }
        if let Some(named_tuple) = &named_tuple {
            statements.push(named_tuple.statement.clone());
        }
        if statements.is_empty() {
            // Only `(object)` to take off: no line needed.
        } else if !slot.claim(self.edits) {
            return;
        }
        if let Some(flattening) = flattening {
            for (range, text) in flattening.edits {
                self.edits.replace(range, text);
            }
            // The bases go with the arguments: no rewrite inside them.
            if let Some(arguments) = class.arguments.as_deref() {
                for base in &arguments.args {
                    self.edits.mark(base.start());
                }
            }
            self.facts.properties.extend(flattening.shared);
            self.facts.inherits = true;
        }
        if let Some(named_tuple) = named_tuple {
            self.edits.replace(named_tuple.edit.0, named_tuple.edit.1);
            // Indexing, len() and ordering of its objects go through the
            // module.
            self.facts.operators.extend(
                [
                    "__getitem__",
                    "__len__",
                    "__lt__",
                    "__le__",
                    "__gt__",
                    "__ge__",
                ]
                .map(str::to_owned),
            );
        }
        if let Some(enum_class) = enum_class {
            for (range, text) in enum_class.edits {
                self.edits.replace(range, text);
            }
            self.facts.enums.insert(class.name.id.to_string());
            // len() and subscripts of the enum object, and the ordering and
            // arithmetic of IntEnum members, go through the module; so does
            // isinstance.
            self.facts
                .operators
                .extend(["__len__", "__getitem__"].map(str::to_owned));
            if enum_class.kind == "StrEnum" {
                // The operators `enum.py`'s `_STR_OPERATORS` registers.
                self.facts.operators.extend(
                    [
                        "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__radd__", "__mul__",
                        "__rmul__",
                    ]
                    .map(str::to_owned),
                );
            }
            if enum_class.kind == "Flag" || enum_class.kind == "IntFlag" {
                // The operators `enum.py`'s `_make_flag` registers.
                self.facts.operators.extend(
                    [
                        "__or__",
                        "__ror__",
                        "__and__",
                        "__rand__",
                        "__xor__",
                        "__rxor__",
                        "__invert__",
                        "__len__",
                        "__bool__",
                    ]
                    .map(str::to_owned),
                );
            }
            if enum_class.kind == "IntEnum" || enum_class.kind == "IntFlag" {
                self.facts.int_enums = true;
                // The operators `enum.py`'s `_INT_OPERATORS` registers.
                self.facts.operators.extend(
                    OPERATOR_DUNDERS
                        .iter()
                        .filter(|dunder| int_enum_operator(dunder))
                        .map(|dunder| (*dunder).to_owned()),
                );
            }
            self.facts.inherits = true;
        }
        self.facts.exceptions |= info.is_exception();
        self.facts.classes.insert(class.name.id.to_string(), info);
        if let Some(init) = init {
            if let Some(name) = init.post_init {
                self.edits.replace(name, POST_INIT);
            }
            for annotation in init.missing_defaults {
                self.edits
                    .close(annotation, format!(" = {DATACLASSES}.MISSING"));
            }
        }
        if let Some((flag, _)) = order {
            self.edits.replace(flag, "False");
            self.facts
                .operators
                .extend(["__lt__", "__le__", "__gt__", "__ge__"].map(str::to_owned));
        }
        self.facts
            .operators
            .extend(operators.iter().map(|d| (*d).to_owned()));
        for (def, member) in &members {
            for decorator in &def.decorator_list {
                self.edits.replace(decorator.range(), "");
            }
            let prefix = match member {
                Member::Getter | Member::CachedGetter => "pget",
                Member::Setter => "pset",
                _ => continue,
            };
            let name = def.name.id.as_str();
            self.edits.replace(def.name.range(), accessor(prefix, name));
            self.facts.properties.insert(name.to_owned());
        }
        if !statements.is_empty() {
            slot.fill(self.edits, &indent, &statements.join("; "));
        }
    }
}

/// The sandbox's `dataclasses` module, which holds `dataclass_init`.
const DATACLASSES: &str = "__codeact_mod_dataclasses";

/// What a dataclass's `__post_init__` is renamed to: monty refuses the name.
const POST_INIT: &str = "__codeact_post_init";

/// Whether `decorator` is `@dataclass` or `@dataclasses.dataclass`, called
/// or not; the call when it is one.
pub(super) fn is_dataclass_decorator(
    decorator: &Decorator,
) -> Option<Option<&ruff_python_ast::ExprCall>> {
    let (func, call) = match &decorator.expression {
        Expr::Call(call) => (call.func.as_ref(), Some(call)),
        other => (other, None),
    };
    let named = match func {
        Expr::Name(name) => name.id.as_str() == "dataclass",
        Expr::Attribute(attribute) => {
            attribute.attr.id.as_str() == "dataclass"
                && matches!(attribute.value.as_ref(), Expr::Name(m) if m.id.as_str() == "dataclasses")
        }
        _ => false,
    };
    named.then_some(call)
}

/// The text of the `eq=` argument of the class's `@dataclass(...)`, or
/// `True` (the default).
fn dataclass_eq<'s>(source: &'s str, class: &StmtClassDef) -> &'s str {
    class
        .decorator_list
        .iter()
        .find_map(is_dataclass_decorator)
        .flatten()
        .and_then(|call| {
            call.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "eq"))
        })
        .and_then(|keyword| source.get(keyword.value.range().to_std_range()))
        .unwrap_or("True")
}

/// For a dataclass whose body calls `field(...)` for a default or defines
/// `__post_init__`, both of which monty lacks: where the `__post_init__`
/// name is (renamed, monty refuses it) and the fields, in order, for the
/// module's `dataclass_init` to build `__init__`. `None` for other classes
/// and for frozen ones (whose `__init__` cannot set attributes).
fn dataclass_init(class: &StmtClassDef) -> Option<DataclassInit> {
    let call = class
        .decorator_list
        .iter()
        .find_map(is_dataclass_decorator)?;
    if let Some(call) = call
        && call.arguments.keywords.iter().any(|k| {
            k.arg
                .as_ref()
                .is_some_and(|a| a.id.as_str() != "order" && a.id.as_str() != "eq")
        })
    {
        return None;
    }
    let mut post_init = None;
    let mut uses_field = false;
    let mut fields = Vec::new();
    let mut missing_defaults = Vec::new();
    let mut defaulted = false;
    for stmt in &class.body {
        match stmt {
            Stmt::FunctionDef(def) if def.name.id.as_str() == "__post_init__" => {
                if post_init.is_some() || !def.decorator_list.is_empty() {
                    return None;
                }
                post_init = Some(def.name.range());
            }
            Stmt::AnnAssign(assign) => {
                let Expr::Name(name) = assign.target.as_ref() else {
                    return None;
                };
                match pseudo_field(&assign.annotation) {
                    // A class attribute, not a field: left as written.
                    Some("ClassVar") => continue,
                    Some(_) => return None,
                    None => {}
                }
                if let Some(Expr::Call(call)) = assign.value.as_deref() {
                    uses_field |= match call.func.as_ref() {
                        Expr::Name(f) => f.id.as_str() == "field",
                        Expr::Attribute(f) => f.attr.id.as_str() == "field",
                        _ => false,
                    };
                }
                match assign.value {
                    Some(_) => defaulted = true,
                    None if defaulted => missing_defaults.push(assign.annotation.range()),
                    None => {}
                }
                fields.push(name.id.to_string());
            }
            _ => {}
        }
    }
    (uses_field || post_init.is_some()).then_some(DataclassInit {
        post_init,
        fields,
        missing_defaults,
    })
}

/// What `dataclass_init` found in a class body.
struct DataclassInit {
    /// The name of its `__post_init__`, to rename.
    post_init: Option<TextRange>,
    /// Its fields, in order.
    fields: Vec<String>,
    /// The annotations of fields without a default that follow one with a default.
    /// monty's `@dataclass` counts every `field(...)` as a default, so it
    /// would refuse `a: int` after `b: int = field(init=False)`, which
    /// CPython takes (only `__init__`'s parameters count). Those fields get
    /// the module's `MISSING`, which `dataclass_init` reads as no default,
    /// and `dataclass_init` checks CPython's rule itself.
    missing_defaults: Vec<TextRange>,
}

/// Where a dataclass calls `field(...)` or defines `__post_init__` that
/// the module's `dataclass_init` does not build (`frozen=True` and the
/// other arguments but `order` and `eq`, fields it cannot read): monty's
/// own dataclass would take the `Field` object for the default and never
/// call `__post_init__`, so the prepass refuses the class there instead.
/// Returns where, and why in words for the error.
pub(crate) fn unbuilt_dataclass_feature(class: &StmtClassDef) -> Option<(TextRange, &'static str)> {
    class
        .decorator_list
        .iter()
        .find_map(is_dataclass_decorator)?;
    if dataclass_init(class).is_some() {
        return None;
    }
    let init_var = class.body.iter().find_map(|stmt| match stmt {
        Stmt::AnnAssign(assign) if pseudo_field(&assign.annotation) == Some("InitVar") => {
            Some(assign.annotation.range())
        }
        _ => None,
    });
    let reason = if init_var.is_some() {
        "the sandbox's dataclasses have no InitVar pseudo-fields with field(...) defaults or __post_init__; make it a plain field, or compute the value in a classmethod that builds the object"
    } else {
        "the sandbox builds field(...) defaults and __post_init__ only for dataclasses whose @dataclass takes no arguments but eq= and order= (not frozen=True and the others); drop the argument or write plain defaults"
    };
    let feature = class.body.iter().find_map(|stmt| match stmt {
        Stmt::FunctionDef(def) if def.name.id.as_str() == "__post_init__" => Some(def.name.range()),
        Stmt::AnnAssign(assign) => match assign.value.as_deref() {
            Some(Expr::Call(call))
                if matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "field")
                    || matches!(call.func.as_ref(), Expr::Attribute(f) if f.attr.id.as_str() == "field") =>
            {
                Some(call.range())
            }
            _ => None,
        },
        _ => None,
    });
    Some((init_var.or(feature)?, reason))
}

/// `@cached_property` or `@functools.cached_property`.
fn is_cached_property(decorator: &Expr) -> bool {
    super::bare_or_qualified(decorator, "functools") == Some("cached_property")
}

/// `ClassVar` or `InitVar` when a dataclass annotation names one, which
/// are not fields like the others.
pub(super) fn pseudo_field(annotation: &Expr) -> Option<&'static str> {
    let mut names = NameLoads::default();
    names.visit_expr(annotation);
    let named = |wanted: &str| {
        names
            .names
            .iter()
            .chain(names.attributes.iter())
            .any(|n| n == wanted)
    };
    if named("InitVar") {
        Some("InitVar")
    } else if named("ClassVar") {
        Some("ClassVar")
    } else {
        None
    }
}

/// For a class decorated `@dataclass(order=True)`, which monty refuses:
/// where the `True` is (the rewrite makes it `False` and registers the
/// comparisons itself) and the fields, in order. `None` for any other class
/// and for fields this rewrite cannot be sure compare (a call other than
/// `field(...)`, a `compare=` that is no literal, or a `ClassVar`).
fn dataclass_order(class: &StmtClassDef) -> Option<(TextRange, Vec<String>)> {
    let flag = class.decorator_list.iter().find_map(|decorator| {
        let call = is_dataclass_decorator(decorator)??;
        call.arguments
            .keywords
            .iter()
            .find_map(|keyword| match (&keyword.arg, &keyword.value) {
                (Some(arg), Expr::BooleanLiteral(value))
                    if arg.id.as_str() == "order" && value.value =>
                {
                    Some(value.range())
                }
                _ => None,
            })
    })?;
    let mut fields = Vec::new();
    for stmt in &class.body {
        if let Stmt::AnnAssign(assign) = stmt {
            let Expr::Name(name) = assign.target.as_ref() else {
                return None;
            };
            match pseudo_field(&assign.annotation) {
                Some("ClassVar") => continue,
                Some(_) => return None,
                None => {}
            }
            let compared = match assign.value.as_deref() {
                None => true,
                // `field(..., compare=False)` leaves the comparisons.
                Some(Expr::Call(call)) => {
                    let is_field = match call.func.as_ref() {
                        Expr::Name(name) => name.id.as_str() == "field",
                        Expr::Attribute(attribute) => attribute.attr.id.as_str() == "field",
                        _ => false,
                    };
                    if !is_field {
                        return None;
                    }
                    match call
                        .arguments
                        .keywords
                        .iter()
                        .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "compare"))
                    {
                        None => true,
                        Some(keyword) => match &keyword.value {
                            Expr::BooleanLiteral(flag) => flag.value,
                            _ => return None,
                        },
                    }
                }
                Some(_) => true,
            };
            if compared {
                fields.push(name.id.to_string());
            }
        }
    }
    Some((flag, fields))
}

/// The special methods of [`OPERATOR_DUNDERS`] the body of `class`
/// defines or assigns.
fn operator_members(class: &StmtClassDef) -> Vec<&'static str> {
    let bindings = body_bindings(class);
    OPERATOR_DUNDERS
        .iter()
        .copied()
        .filter(|d| bindings.functions.contains(*d) || bindings.assigned.contains(*d))
        .collect()
}

/// The class member holding the getter or setter of the property `name`.
fn accessor(kind: &str, name: &str) -> String {
    format!("__codeact_{kind}_{name}")
}

/// The decorated methods of `class` and what each becomes; `None` when one
/// of them is decorated in a way this rewrite does not take on.
fn decorated_members<'c>(
    source: &'c str,
    class: &'c StmtClassDef,
) -> Option<Vec<(&'c StmtFunctionDef, Member<'c>)>> {
    let body_binds = body_bindings(class);
    let mut members = Vec::new();
    let mut getters: BTreeSet<&str> = BTreeSet::new();
    let mut decorated: BTreeSet<&str> = BTreeSet::new();
    for stmt in &class.body {
        let Stmt::FunctionDef(def) = stmt else {
            continue;
        };
        if def.decorator_list.is_empty() {
            continue;
        }
        let name = def.name.id.as_str();
        let member = match def.decorator_list.as_slice() {
            [only] => match &only.expression {
                Expr::Name(n) if n.id.as_str() == "staticmethod" => Member::Static,
                Expr::Name(n) if n.id.as_str() == "classmethod" => Member::ClassMethod,
                Expr::Name(n) if n.id.as_str() == "property" => {
                    if !getters.insert(name) {
                        return None;
                    }
                    Member::Getter
                }
                decorator if is_cached_property(decorator) => {
                    // No setter may follow: `cached_property` has none.
                    if !getters.insert(name) {
                        return None;
                    }
                    Member::CachedGetter
                }
                Expr::Attribute(attribute) if attribute.attr.id.as_str() == "setter" => {
                    match attribute.value.as_ref() {
                        Expr::Name(n) if n.id.as_str() == name && getters.contains(name) => {
                            Member::Setter
                        }
                        _ => return None,
                    }
                }
                _ => Member::Applied(vec![own_decorator(source, only, &body_binds)?]),
            },
            several => Member::Applied(
                several
                    .iter()
                    .map(|decorator| own_decorator(source, decorator, &body_binds))
                    .collect::<Option<Vec<_>>>()?,
            ),
        };
        decorated.insert(name);
        members.push((def, member));
    }
    // A name defined twice (a decorated method redefined later, or a
    // property that is also a plain member) would make the statements
    // after the class apply to the wrong function.
    let mut defined: Vec<&str> = Vec::new();
    for stmt in &class.body {
        match stmt {
            Stmt::FunctionDef(def) => defined.push(def.name.id.as_str()),
            other => {
                if mentions_any(other, &decorated) {
                    return None;
                }
            }
        }
    }
    for (def, member) in &members {
        let name = def.name.id.as_str();
        let allowed = match member {
            Member::Getter | Member::CachedGetter | Member::Setter => {
                defined.iter().filter(|d| **d == name).count()
                    == members
                        .iter()
                        .filter(|(d, _)| d.name.id.as_str() == name)
                        .count()
            }
            _ => defined.iter().filter(|d| **d == name).count() == 1,
        };
        if !allowed || body_binds.assigned.contains(name) {
            return None;
        }
    }
    Some(members)
}

/// A decorator of the code's own, as written, when it is a name, an
/// attribute chain or a call of one that names nothing the class body
/// binds, and is none of the builtin decorators this rewrite handles alone.
fn own_decorator<'s>(
    source: &'s str,
    decorator: &Decorator,
    body: &BodyBindings,
) -> Option<&'s str> {
    let mut names = NameLoads::default();
    names.visit_expr(&decorator.expression);
    let builtin = ["staticmethod", "classmethod", "property"];
    if names.names.iter().any(|n| {
        body.assigned.contains(n.as_str())
            || body.functions.contains(n.as_str())
            || builtin.contains(&n.as_str())
    }) || names
        .attributes
        .iter()
        .any(|a| ["setter", "getter", "deleter"].contains(&a.as_str()))
        || names.complex
    {
        return None;
    }
    source.get(usize::from(decorator.expression.start())..usize::from(decorator.expression.end()))
}

/// The names a class body binds directly.
#[derive(Default)]
struct BodyBindings {
    functions: BTreeSet<String>,
    assigned: BTreeSet<String>,
}

fn body_bindings(class: &StmtClassDef) -> BodyBindings {
    let mut bindings = BodyBindings::default();
    for stmt in &class.body {
        match stmt {
            Stmt::FunctionDef(def) => {
                bindings.functions.insert(def.name.id.to_string());
            }
            other => {
                let mut stores = NameLoads::default();
                stores.visit_stmt(other);
                bindings.assigned.extend(stores.stored);
                if let Stmt::ClassDef(inner) = other {
                    bindings.assigned.insert(inner.name.id.to_string());
                }
            }
        }
    }
    bindings
}

/// Whether the block reads any of `wanted` anywhere, as a name or an
/// attribute.
fn mentions_any_name(suite: &[Stmt], wanted: &[&str]) -> bool {
    let mut loads = NameLoads::default();
    for stmt in suite {
        loads.visit_stmt(stmt);
    }
    loads
        .names
        .iter()
        .chain(loads.attributes.iter())
        .any(|n| wanted.contains(&n.as_str()))
}

/// Whether `stmt` reads any of `names`.
fn mentions_any(stmt: &Stmt, names: &BTreeSet<&str>) -> bool {
    let mut loads = NameLoads::default();
    loads.visit_stmt(stmt);
    loads.names.iter().any(|n| names.contains(n.as_str()))
}

/// The names an expression or statement reads and stores, and the
/// attributes it names.
#[derive(Default)]
struct NameLoads {
    names: Vec<String>,
    stored: Vec<String>,
    attributes: Vec<String>,
    /// A lambda, comprehension or walrus: scopes this check does not follow.
    complex: bool,
}

impl<'a> Visitor<'a> for NameLoads {
    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => match name.ctx {
                ExprContext::Store => self.stored.push(name.id.to_string()),
                _ => self.names.push(name.id.to_string()),
            },
            Expr::Attribute(attribute) => self.attributes.push(attribute.attr.id.to_string()),
            Expr::Lambda(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Generator(_)
            | Expr::Named(_) => self.complex = true,
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Where the statements after a class go.
enum Slot {
    /// A blank line after the class, before anything else: replaced.
    Blank(TextRange, usize),
    /// The end of the code, which holds only the class and comments after
    /// it: a line is added there, below every line of the user's.
    End(TextSize, bool),
    /// The next statement, a simple one at the class's indentation: the
    /// statements go before it on its line, `;`-separated.
    Before(TextSize, usize, TextSize),
    /// The start of the next statement's line, when that statement is a
    /// compound one or less indented: the statements go on a line added
    /// there.
    Line(usize),
}

impl Slot {
    /// Takes the line for this rewrite; false when another has it.
    fn claim(&self, edits: &mut Edits) -> bool {
        match self {
            Self::Blank(_, line_start) | Self::Before(_, line_start, _) => {
                edits.claim_line(*line_start)
            }
            Self::End(..) | Self::Line(_) => true,
        }
    }

    fn fill(self, edits: &mut Edits, indent: &str, statements: &str) {
        let text = format!("{indent}{statements}");
        match self {
            Self::Blank(range, _) => edits.replace(range, text),
            // Reaching to the end of the code, the insertion comes before
            // anything other rewrites put at the statement's start.
            Self::Before(at, _, end) => {
                edits.open(TextRange::new(at, end), format!("{statements}; "));
            }
            Self::Line(line_start) => edits.insert_line(line_start, format!("{text}\n")),
            Self::End(at, newline_first) => {
                let text = if newline_first {
                    format!("\n{text}\n")
                } else {
                    format!("{text}\n")
                };
                edits.replace(TextRange::empty(at), text);
            }
        }
    }
}

/// The indentation of `class` and where the statements after it can go.
fn patch_slot(source: &str, class: &StmtClassDef) -> Option<(String, Slot)> {
    let start = usize::from(class.start());
    let line_start = source.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let indent = source.get(line_start..start)?;
    if !indent.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let end = usize::from(class.end());
    let rest = source.get(end..)?;
    let Some(newline) = rest.find('\n') else {
        return Some((
            indent.to_owned(),
            Slot::End(TextSize::try_from(source.len()).ok()?, true),
        ));
    };
    let mut cursor = end + newline + 1;
    while cursor < source.len() {
        let line = source.get(cursor..)?;
        let line_len = line.find('\n').unwrap_or(line.len());
        let text = line.get(..line_len)?.trim_end_matches('\r');
        let trimmed = text.trim();
        if trimmed.is_empty() {
            let range = TextRange::new(
                TextSize::try_from(cursor).ok()?,
                TextSize::try_from(cursor + text.len()).ok()?,
            );
            return Some((indent.to_owned(), Slot::Blank(range, cursor)));
        }
        if !trimmed.starts_with('#') {
            let Some(at) = simple_statement_at(source, cursor, indent) else {
                return not_deeper(text, indent).then(|| (indent.to_owned(), Slot::Line(cursor)));
            };
            return Some((
                indent.to_owned(),
                Slot::Before(
                    TextSize::try_from(at).ok()?,
                    cursor,
                    TextSize::try_from(source.len()).ok()?,
                ),
            ));
        }
        cursor += line_len + 1;
    }
    let newline_first = !source.ends_with('\n');
    Some((
        indent.to_owned(),
        Slot::End(TextSize::try_from(source.len()).ok()?, newline_first),
    ))
}

/// Whether the statement on `line` is indented no deeper than `indent`
/// (with the same characters), so that a line at `indent` put before it
/// belongs to the same block or one it encloses.
pub(super) fn not_deeper(line: &str, indent: &str) -> bool {
    let lead_len = line.len() - line.trim_start_matches([' ', '\t']).len();
    lead_len < line.len() && indent.starts_with(&line[..lead_len])
}

/// Where the statement on the line starting at `line_start` begins, when
/// it is a simple statement (not a compound one, which cannot follow `;`)
/// at exactly `indent`, so that statements put before it run in the same
/// block.
pub(super) fn simple_statement_at(source: &str, line_start: usize, indent: &str) -> Option<usize> {
    const COMPOUND: &[&str] = &[
        "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "def", "class",
        "async", "match", "case",
    ];
    let line = source.get(line_start..)?;
    let rest = line.strip_prefix(indent)?;
    if rest.starts_with([' ', '\t', '@', '#']) {
        return None;
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if COMPOUND.contains(&word.as_str()) {
        return None;
    }
    Some(line_start + indent.len())
}

/// Reads of a property name: `x.name` becomes the module's `get`;
/// `isinstance` and `issubclass` become the module's once a class
/// inherits.
pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if context.bound.any(HELPER_BUILTINS) {
        return;
    }
    // `issubclass`, which monty lacks, always; `isinstance` once a class
    // of the session inherits.
    if let Expr::Name(name) = expr
        && name.ctx == ExprContext::Load
        && (name.id.as_str() == "issubclass"
            || (context.facts.inherits && name.id.as_str() == "isinstance"))
        && !context.bound.any(&[
            "isinstance",
            "issubclass",
            "tuple",
            "any",
            "BaseException",
            "object",
            "bool",
            "int",
            "Exception",
        ])
    {
        edits.replace(name.range(), format!("{MODULE}.{}_", name.id));
        return;
    }
    if context.facts.properties.is_empty() {
        return;
    }
    match expr {
        Expr::Attribute(attribute)
            if attribute.ctx == ExprContext::Load
                && context
                    .facts
                    .properties
                    .contains(attribute.attr.id.as_str()) =>
        {
            let Some(quote) = context.literal_quote else {
                return;
            };
            let Some(dot) = super::attribute_dot(context.source, attribute) else {
                return;
            };
            // `x.upper()`: a method call, which a property named like the
            // method does not concern (and monty's getattr cannot read
            // builtin methods).
            let called = context
                .source
                .get(usize::from(attribute.end())..)
                .is_some_and(|rest| rest.trim_start().starts_with('('));
            // A function stored on a function of the code's (`f.helper()`,
            // `counter.reset()`) is called through the module too, unless
            // the name is a builtin type's method.
            let function_attribute = context
                .facts
                .function_attributes
                .contains(attribute.attr.id.as_str())
                && !builtin_attribute(attribute.attr.id.as_str());
            if called
                && !FUNCTION_METHODS.contains(&attribute.attr.id.as_str())
                && !function_attribute
            {
                return;
            }
            edits.open(attribute.range(), format!("{MODULE}.get("));
            edits.replace(
                TextRange::new(dot, attribute.end()),
                format!(", {quote}{}{quote})", attribute.attr.id),
            );
        }
        Expr::Call(call) => {
            let Expr::Name(func) = call.func.as_ref() else {
                return;
            };
            let helper = match func.id.as_str() {
                "getattr" => "get_attr",
                "hasattr" => "has",
                "setattr" => "set_",
                _ => return,
            };
            edits.replace(func.range(), format!("{MODULE}.{helper}"));
        }
        _ => {}
    }
}

/// Writes of a property name: `x.name = v` and `x.name op= v` become the
/// module's `set_`.
pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    if context.facts.properties.is_empty() || context.bound.any(HELPER_BUILTINS) {
        return;
    }
    // `name = property(fget, fset)`: the module's property object, whose
    // functions its `get` and `set_` call (monty makes no properties).
    if context.in_class_body
        && property_call(stmt).is_some()
        && !context.bound.any(&["property"])
        && let Stmt::Assign(assign) = stmt
        && let Expr::Call(call) = assign.value.as_ref()
    {
        edits.replace(call.func.range(), format!("{MODULE}.property_"));
        return;
    }
    let Some(quote) = context.literal_quote else {
        return;
    };
    match stmt {
        Stmt::Assign(assign) => {
            let [Expr::Attribute(target)] = assign.targets.as_slice() else {
                return;
            };
            if !context.facts.properties.contains(target.attr.id.as_str()) {
                return;
            }
            let Some(dot) = super::attribute_dot(context.source, target) else {
                return;
            };
            edits.open(stmt.range(), format!("{MODULE}.set_("));
            edits.replace(
                TextRange::new(dot, assign.value.start()),
                format!(", {quote}{}{quote}, ", target.attr.id),
            );
            edits.close(stmt.range(), ")");
        }
        Stmt::AugAssign(assign) => {
            let Expr::Attribute(target) = assign.target.as_ref() else {
                return;
            };
            let name = target.attr.id.as_str();
            if !context.facts.properties.contains(name) || !rereadable(&target.value, context) {
                return;
            }
            let Some(owner) = context
                .source
                .get(usize::from(target.value.start())..usize::from(target.value.end()))
                .filter(|text| !text.contains('\n'))
            else {
                return;
            };
            edits.replace(
                TextRange::new(stmt.start(), assign.value.start()),
                format!(
                    "{MODULE}.set_({owner}, {quote}{name}{quote}, {MODULE}.get({owner}, {quote}{name}{quote}) {} (",
                    assign.op.as_str()
                ),
            );
            edits.close(stmt.range(), "))");
        }
        _ => {}
    }
}

/// An expression that reads the same object when its text is read twice
/// and that no other rewrite edits: a name, an attribute of one that is no
/// property, an item of one by a name or literal (when no class defines
/// `__getitem__`).
pub(super) fn rereadable(expr: &Expr, context: &Context<'_>) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Attribute(attribute) => {
            !context
                .facts
                .properties
                .contains(attribute.attr.id.as_str())
                && rereadable(&attribute.value, context)
        }
        Expr::Subscript(subscript) => {
            !context.facts.operators.contains("__getitem__")
                && matches!(
                    subscript.slice.as_ref(),
                    Expr::Name(_) | Expr::NumberLiteral(_) | Expr::StringLiteral(_)
                )
                && rereadable(&subscript.value, context)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn static_and_class_methods_are_applied_after_the_class() {
        let code = "class C:\n    @staticmethod\n    def f(x):\n        return x\n\n    @classmethod\n    def g(cls):\n        return cls\n\nprint(C.f(1))\n";
        let out = rewritten(code);
        assert_eq!(
            out,
            "class C:\n    \n    def f(x):\n        return x\n\n    \n    def g(cls):\n        return cls\nC.f = __codeact_mod__classes.static(C.f); C.__codeact_cm_g = C.g; C.g = __codeact_mod__classes.class_method(C, C.__codeact_cm_g)\nprint(C.f(1))\n"
        );
    }

    #[test]
    fn properties_are_renamed_registered_and_read_through_the_module() {
        let code = "class T:\n    @property\n    def c(self):\n        return self._c\n    @c.setter\n    def c(self, v):\n        self._c = v\n\nt = T()\nt.c = 3\nt.c += 1\nprint(t.c, f\"{t.c}\")";
        let out = rewritten(code);
        assert!(out.contains("def __codeact_pget_c(self)"), "{out}");
        assert!(out.contains("def __codeact_pset_c(self, v)"), "{out}");
        assert!(
            out.contains("__codeact_mod__classes.set_(t, \"c\", 3)"),
            "{out}"
        );
        assert!(
            out.contains(
                "__codeact_mod__classes.set_(t, \"c\", __codeact_mod__classes.get(t, \"c\") + (1))"
            ),
            "{out}"
        );
        assert!(
            out.contains("f\"{__codeact_mod__classes.get(t, 'c')}\""),
            "{out}"
        );
        assert!(
            out.contains("\n__codeact_mod__classes.prop(T, \"c\", T.__codeact_pget_c, T.__codeact_pset_c)\nt = T()"),
            "{out}"
        );
    }

    #[test]
    fn a_compound_statement_right_after_the_class_gets_a_line_above_it() {
        let out = rewritten(
            "class C:\n    @staticmethod\n    def f(x):\n        return x\nfor i in range(2):\n    print(C.f(i))\n",
        );
        assert!(
            out.ends_with("\nC.f = __codeact_mod__classes.static(C.f)\nfor i in range(2):\n    print(C.f(i))\n"),
            "{out}"
        );
    }

    #[test]
    fn classes_the_rewrite_cannot_take_on_are_left_alone() {
        for code in [
            // A deleter.
            "class C:\n    @property\n    def a(self):\n        return 1\n    @a.deleter\n    def a(self):\n        pass\n",
            // The decorator is defined in the class body.
            "class C:\n    def deco(f):\n        return f\n    @deco\n    def m(self):\n        return 1\n",
            // The class body uses the decorated method.
            "class C:\n    @staticmethod\n    def f(x):\n        return x\n    g = f\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
