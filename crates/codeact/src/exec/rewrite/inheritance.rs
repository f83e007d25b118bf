//! Class inheritance between the code's own classes, which monty 0.0.23
//! refuses (`class Circle(Shape):`).
//!
//! The class statement loses its bases and, after it (on the line
//! `class_members` finds), gets every member its bases provide that it does
//! not define itself, each from the class that defines it first in
//! Python's method resolution order (C3): `Circle.describe =
//! Shape.describe`. `super().m(args)` in a method of a class with one base
//! becomes `Base.m(self, args)`: with one base, the class after this one in
//! the order of any instance's class is that base, whose namespace holds
//! what it inherits. In a class with several bases or none (a mixin), the
//! class after it depends on the object's class: the call becomes
//! `super_of(Class, self).m(self, args)`, a view the module builds for each
//! class of the code from the targets its statement records (the first
//! class after the caller in the class's order whose body defines `m`).
//! A class with several bases whose order puts a class between a one-base
//! ancestor and the class that ancestor's `Base.m` reaches (a diamond) is
//! refused. The module registers the class's ancestors, which
//! `isinstance` and `issubclass` (rewritten to the module's) consult, and
//! copies the bases' properties and operator methods.
//!
//! A base's class attribute that code assigns through a class or an object
//! (`Shape.count += 1`) is not copied, since a copy would not follow the
//! base's: reads of that name go through the module, which looks it up
//! along the class's recorded ancestors when the object's own class lacks
//! it.
//!
//! Not flattened (monty's refusal stays): bases that are not classes of the
//! session (`Enum`, `ABC`...), keywords (`metaclass=`), dataclasses that
//! `dataclass_bases` could not give their bases' fields,
//! `super` used any other way, `super()` in the `__init_subclass__` of a
//! class with several bases, and the diamonds above.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, ExprContext, Stmt, StmtClassDef, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::class_members::MODULE;
use super::exceptions;

/// What later class statements need to know of a class of the session.
#[derive(Debug, Clone, Default)]
pub(crate) struct ClassInfo {
    /// Members the class body defines itself (methods and class
    /// attributes), properties aside; not those it inherits.
    own: BTreeSet<String>,
    /// Those of `own` that are class attributes, not functions.
    data: BTreeSet<String>,
    /// Those of `own` that are class methods (kept raw as well, to bind
    /// to a subclass).
    class_methods: BTreeSet<String>,
    /// The method resolution order, the class first.
    mro: Vec<String>,
    /// The body calls `super`.
    uses_super: bool,
    /// Those of `own` that are functions with decorators (static methods,
    /// applied decorators...): a `super()` call is not taken to one.
    decorated: BTreeSet<String>,
    /// Methods the body calls as `super().m(...)` through the module, which
    /// looks the method up in the order of the object's class when it runs.
    dynamic_supers: BTreeSet<String>,
    /// Methods the body calls as `super().m(...)` rewritten to `Base.m`
    /// (a class with one base), each with the class whose member that
    /// reaches (`None`: none, `object`'s).
    static_supers: BTreeMap<String, Option<String>>,
    /// For an exception class, the builtin exception it derives from.
    root: Option<String>,
    /// The class declares type parameters (`Generic[T]` among its bases).
    pub(crate) generic: bool,
}

impl ClassInfo {
    /// Whether the class derives from a builtin exception.
    pub(crate) fn is_exception(&self) -> bool {
        self.root.is_some()
    }

    /// Whether the class body defines a function (a method) named `name`.
    pub(crate) fn defines_function(&self, name: &str) -> bool {
        self.own.contains(name) && !self.data.contains(name)
    }
}

/// The edits and statements that flatten one class statement.
#[derive(Default)]
pub(super) struct Flattening {
    pub(super) edits: Vec<(TextRange, String)>,
    pub(super) statements: Vec<String>,
    /// Class attributes of a base that code assigns through a class or an
    /// object (`Shape.count += 1`): not copied, so that the subclass sees
    /// the base's as it changes; reads of these names go through the
    /// module, which looks them up along the recorded ancestors.
    pub(super) shared: Vec<String>,
}

/// What a class statement is, for this rewrite.
pub(super) enum Plan {
    /// No bases: nothing to do; the class is recorded.
    Plain(ClassInfo),
    /// Bases of the session's own classes (or `object`): flattened.
    Flatten(ClassInfo, Flattening),
    /// Bases this rewrite cannot take on.
    Refused,
}

/// `Generic[...]` or `typing.Generic[...]`.
fn is_generic_declaration(base: &Expr) -> bool {
    matches!(base, Expr::Subscript(subscript)
        if super::bare_or_qualified(&subscript.value, "typing") == Some("Generic"))
}

/// `Protocol` or `Protocol[T]` (bare or from `typing`).
fn is_protocol(base: &Expr) -> bool {
    let declared = match base {
        Expr::Subscript(subscript) => subscript.value.as_ref(),
        other => other,
    };
    super::bare_or_qualified(declared, "typing") == Some("Protocol")
}

/// The name the raw function of class method `name` is kept under.
pub(super) fn raw_class_method(name: &str) -> String {
    format!("__codeact_cm_{name}")
}

/// A class statement and the block's text it is in.
pub(super) struct Written<'a> {
    pub(super) source: &'a str,
    pub(super) class: &'a StmtClassDef,
}

/// Plans `class` given the session's classes so far. `assigned_through_class`
/// holds the attribute names the block assigns on anything but `self`;
/// `properties` the class's own property names; `class_methods` its own
/// class methods; `dataclass` whether a `@dataclass` decorates it.
pub(super) fn plan(
    written_class: Written<'_>,
    classes: &BTreeMap<String, ClassInfo>,
    assigned_through_class: &BTreeSet<String>,
    own_properties: &BTreeSet<String>,
    own_class_methods: &BTreeSet<String>,
    dataclass: bool,
    allow_exceptions: bool,
) -> Plan {
    let Written { source, class } = written_class;
    let name = class.name.id.to_string();
    let (own, data, decorated) = own_members(class, own_properties);
    let mut info = ClassInfo {
        own,
        data,
        class_methods: own_class_methods.clone(),
        mro: vec![name.clone()],
        decorated,
        ..ClassInfo::default()
    };
    let Some(arguments) = class.arguments.as_deref() else {
        info.uses_super = mentions_super(class);
        let mut flattening = Flattening::default();
        baseless_supers(class, &mut info, &mut flattening);
        if flattening.edits.is_empty() {
            return Plan::Plain(info);
        }
        return Plan::Flatten(info, flattening);
    };
    // Keywords go to `__init_subclass__` (not `metaclass=`, nor `**kw`).
    let mut keywords = Vec::new();
    for keyword in arguments.keywords.iter() {
        let Some(arg) = &keyword.arg else {
            return Plan::Refused;
        };
        let Some(value) = source.get(keyword.value.range().to_std_range()) else {
            return Plan::Refused;
        };
        if arg.id.as_str() == "metaclass" || value.contains('\n') {
            return Plan::Refused;
        }
        keywords.push(format!(", {}=({value})", arg.id));
    }
    let keywords = keywords.concat();
    let mut bases = Vec::new();
    let mut roots = BTreeSet::new();
    // The bases as written, for `__bases__`.
    let mut written = Vec::new();
    for base in arguments.args.iter() {
        // `Generic[T]` only declares type parameters: no base at run time
        // that the class's behaviour could tell (its `Stack[int]` the
        // `generic_classes` rewrite reads as the class).
        if is_generic_declaration(base) {
            info.generic = true;
            continue;
        }
        // `Protocol` declares an interface for type checkers; a class
        // deriving from it explicitly gets nothing from it at run time
        // but its `...` method bodies, which its own methods replace.
        if is_protocol(base) {
            info.generic |= matches!(base, Expr::Subscript(_));
            continue;
        }
        // `Stack[str]` of a generic class of the session is that class.
        let base = match base {
            Expr::Subscript(subscript) => match subscript.value.as_ref() {
                Expr::Name(name) if classes.get(name.id.as_str()).is_some_and(|c| c.generic) => {
                    info.generic = true;
                    name
                }
                _ => return Plan::Refused,
            },
            Expr::Name(name) => name,
            _ => return Plan::Refused,
        };
        let mut base = base.id.to_string();
        written.push(base.clone());
        if let Some(info) = classes.get(&base) {
            roots.extend(info.root.clone());
        } else if exceptions::root_ancestors(&base).is_some() {
            // A builtin exception: the module's `Error` stands for it.
            roots.insert(std::mem::replace(&mut base, exceptions::error_base()));
        }
        if base != "object" {
            bases.push(base);
        }
    }
    if roots.len() > 1 || (!roots.is_empty() && !allow_exceptions) {
        // Two builtin roots make a layout conflict in Python, mostly.
        return Plan::Refused;
    }
    info.root = roots.pop_first();
    let with_error;
    let classes = if info.root.is_some() {
        let mut all = classes.clone();
        all.insert(exceptions::error_base(), error_info());
        with_error = all;
        &with_error
    } else {
        classes
    };
    let mut flattening = Flattening::default();
    flattening.edits.push((arguments.range(), String::new()));
    let owner = name.as_str();
    if bases.is_empty() {
        info.uses_super = mentions_super(class);
        baseless_supers(class, &mut info, &mut flattening);
        if !keywords.is_empty() {
            flattening
                .statements
                .push(format!("{MODULE}.object_init_subclass({owner}{keywords})"));
        }
        return Plan::Flatten(info, flattening);
    }
    if dataclass || bases.iter().any(|b| !classes.contains_key(b)) {
        return Plan::Refused;
    }
    let Some(mro) = linearize(&name, &bases, classes) else {
        return Plan::Refused;
    };
    // `super()`: with one base, `Base.m(self, ...)` (the class after this
    // one in the order of any instance's class is that base, whose
    // namespace holds what it inherits); with several, looked up when it
    // runs in the order of the object's class (see `super_targets`).
    let supers = super_calls(class);
    let Some(supers) = supers else {
        return Plan::Refused;
    };
    info.uses_super = !supers.is_empty();
    // The first class after this one in the order that defines `method`.
    let defining = |method: &str| {
        mro[1..]
            .iter()
            .find(|c| classes.get(*c).is_some_and(|i| i.own.contains(method)))
    };
    if let [base] = bases.as_slice() {
        for call in &supers {
            let target = defining(&call.method).cloned();
            if let Some(helper) = object_method(&call.method)
                && target.is_none()
            {
                object_call(call, helper, &mut flattening);
            } else {
                flattening.edits.push((call.super_call, base.clone()));
                flattening.edits.push(self_argument(call));
            }
            info.static_supers.insert(call.method.clone(), target);
        }
    } else {
        for call in &supers {
            if call.in_method == "__init_subclass__" {
                // Its first parameter is the class, not an object.
                return Plan::Refused;
            }
            dynamic_call(call, owner, &mut flattening);
            info.dynamic_supers.insert(call.method.clone());
        }
    }
    // A static `super()` of an ancestor stays right only where this
    // class's order reaches the same class after it.
    for (position, ancestor) in mro.iter().enumerate().skip(1) {
        let Some(ancestor_info) = classes.get(ancestor) else {
            return Plan::Refused;
        };
        for (method, target) in &ancestor_info.static_supers {
            if next_defining(&mro[position + 1..], method, classes) != target.as_ref() {
                return Plan::Refused;
            }
        }
    }
    if let Some(statement) = super_targets(owner, &mro, &info, classes) {
        let Ok(statement) = statement else {
            return Plan::Refused;
        };
        flattening.statements.push(statement);
    }
    // Each member from the first class of the order whose body defines it
    // (not one that holds a copy: in a diamond that would be the wrong one).
    let mut inherited: BTreeSet<&str> = BTreeSet::new();
    for ancestor in &mro[1..] {
        let Some(ancestor_info) = classes.get(ancestor) else {
            return Plan::Refused;
        };
        for member in &ancestor_info.own {
            if info.own.contains(member)
                || own_properties.contains(member)
                || !inherited.insert(member)
            {
                continue;
            }
            if ancestor_info.data.contains(member) && assigned_through_class.contains(member) {
                // A copy would not follow `Base.count += 1`.
                flattening.shared.push(member.clone());
                continue;
            }
            if ancestor_info.class_methods.contains(member) {
                let raw = raw_class_method(member);
                flattening
                    .statements
                    .push(format!("{owner}.{raw} = {ancestor}.{raw}"));
                flattening.statements.push(format!(
                    "{owner}.{member} = {MODULE}.class_method({owner}, {owner}.{raw})"
                ));
            } else {
                flattening
                    .statements
                    .push(format!("{owner}.{member} = {ancestor}.{member}"));
            }
        }
    }
    let mut ancestors = mro[1..].to_vec();
    if let Some(root) = &info.root {
        ancestors.push(root.clone());
        ancestors.extend(
            exceptions::root_ancestors(root)
                .unwrap_or_default()
                .iter()
                .map(|a| (*a).to_owned()),
        );
        flattening
            .statements
            .push(format!("{MODULE}.exception_class({owner}, {root})"));
        if info.own.contains("__init__") {
            flattening.statements.push(format!(
                "{owner}.__init__ = {MODULE}.exception_init({owner}.__init__)"
            ));
        }
    }
    if written.is_empty() {
        written.push("object".to_owned());
    }
    flattening.statements.push(format!(
        "{MODULE}.inherit({owner}, ({}, ), ({}, ))",
        ancestors.join(", "),
        written.join(", ")
    ));
    // CPython calls the first `__init_subclass__` of the order after the
    // class (a class method, here given the class) once the class exists.
    if let Some(ancestor) = defining("__init_subclass__") {
        flattening
            .statements
            .push(format!("{ancestor}.__init_subclass__({owner}{keywords})"));
    } else if !keywords.is_empty() {
        flattening
            .statements
            .push(format!("{MODULE}.object_init_subclass({owner}{keywords})"));
    }
    info.mro = mro;
    Plan::Flatten(info, flattening)
}

/// What the module's `Error` defines, as a class of the session.
fn error_info() -> ClassInfo {
    let base = exceptions::error_base();
    ClassInfo {
        own: exceptions::ERROR_MEMBERS
            .iter()
            .map(|m| (*m).to_owned())
            .collect(),
        mro: vec![base],
        ..ClassInfo::default()
    }
}

/// `super().m(...)` in a class without bases (monty has no `super`): looked
/// up when it runs, since the class may be a mixin whose subclasses put
/// other classes after it (`super().__init__()` reaches `object.__init__`,
/// which takes no arguments, only where none does); in `__init_subclass__`,
/// `object`'s. `super` used any other way stays.
fn baseless_supers(class: &StmtClassDef, info: &mut ClassInfo, flattening: &mut Flattening) {
    let Some(calls) = super_calls(class) else {
        return;
    };
    for call in &calls {
        if call.in_method == "__init_subclass__" {
            if let Some(helper) = object_method(&call.method) {
                object_call(call, helper, flattening);
            }
            continue;
        }
        dynamic_call(call, class.name.id.as_str(), flattening);
        info.dynamic_supers.insert(call.method.clone());
    }
}

/// Rewrites `super().m(args)` in a method of `owner` into
/// `MODULE.super_of(owner, self).m(self, args)`: the module's view of the
/// classes after `owner` in the order of `self`'s class.
fn dynamic_call(call: &SuperCall, owner: &str, flattening: &mut Flattening) {
    flattening.edits.push((
        call.super_call,
        format!("{MODULE}.super_of({owner}, {})", call.self_name),
    ));
    flattening.edits.push(self_argument(call));
}

/// The first of `classes_after` whose body defines `method`.
fn next_defining<'a>(
    classes_after: &'a [String],
    method: &str,
    classes: &BTreeMap<String, ClassInfo>,
) -> Option<&'a String> {
    classes_after
        .iter()
        .find(|c| classes.get(*c).is_some_and(|i| i.own.contains(method)))
}

/// The statement recording, for an object of the class `owner` (order
/// `mro`, this class's `info`), where each dynamic `super().m(...)` of a
/// class of the order goes: `None` when no class of the order has one;
/// `Some(Err(()))` when one would reach what this rewrite cannot call
/// with the object (a class method, a decorated function, a class
/// attribute).
fn super_targets(
    owner: &str,
    mro: &[String],
    info: &ClassInfo,
    classes: &BTreeMap<String, ClassInfo>,
) -> Option<Result<String, ()>> {
    let mut entries = Vec::new();
    for (position, class) in mro.iter().enumerate() {
        let dynamic = if position == 0 {
            &info.dynamic_supers
        } else {
            &classes.get(class)?.dynamic_supers
        };
        for method in dynamic {
            let target = match next_defining(&mro[position + 1..], method, classes) {
                Some(target) => {
                    let target_info = classes.get(target)?;
                    if target_info.class_methods.contains(method)
                        || target_info.decorated.contains(method)
                        || target_info.data.contains(method)
                    {
                        return Some(Err(()));
                    }
                    target.clone()
                }
                None => "None".to_owned(),
            };
            entries.push(format!("({class}, \"{method}\", {target}), "));
        }
    }
    if entries.is_empty() {
        return None;
    }
    Some(Ok(format!(
        "{MODULE}.super_targets({owner}, ({}))",
        entries.concat()
    )))
}

/// The module's stand-in for `object`'s `method`, which a `super()` call
/// reaches when no class of the order defines it.
fn object_method(method: &str) -> Option<&'static str> {
    match method {
        "__init__" => Some("object_init"),
        "__init_subclass__" => Some("object_init_subclass"),
        _ => None,
    }
}

/// Rewrites one `super().__init__(...)` (or `__init_subclass__`) into the
/// module's `helper`.
fn object_call(call: &SuperCall, helper: &str, flattening: &mut Flattening) {
    flattening.edits.push((
        TextRange::new(call.super_call.start(), call.method_end),
        format!("{MODULE}.{helper}"),
    ));
    flattening.edits.push(self_argument(call));
}

/// Puts the method's `self` first in the arguments of a `super()` call.
fn self_argument(call: &SuperCall) -> (TextRange, String) {
    let open = TextRange::at(call.arguments_start, TextSize::new(1));
    let text = if call.has_arguments {
        format!("({}, ", call.self_name)
    } else {
        format!("({}", call.self_name)
    };
    (open, text)
}

/// What the session records of `class` when it is taken as a class without
/// bases (an enum class, whose base the `enums` rewrite takes off).
pub(super) fn plain_info(
    class: &StmtClassDef,
    own_properties: &BTreeSet<String>,
    own_class_methods: &BTreeSet<String>,
) -> ClassInfo {
    let (own, data, decorated) = own_members(class, own_properties);
    ClassInfo {
        own,
        data,
        class_methods: own_class_methods.clone(),
        mro: vec![class.name.id.to_string()],
        uses_super: mentions_super(class),
        decorated,
        ..ClassInfo::default()
    }
}

/// The class's own member names and, among them, its class attributes and
/// its decorated functions.
fn own_members(
    class: &StmtClassDef,
    properties: &BTreeSet<String>,
) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let mut own = BTreeSet::new();
    let mut data = BTreeSet::new();
    let mut decorated = BTreeSet::new();
    for stmt in &class.body {
        match stmt {
            Stmt::FunctionDef(def) if !properties.contains(def.name.id.as_str()) => {
                own.insert(def.name.id.to_string());
                if !def.decorator_list.is_empty() {
                    decorated.insert(def.name.id.to_string());
                }
            }
            Stmt::ClassDef(inner) => {
                own.insert(inner.name.id.to_string());
                data.insert(inner.name.id.to_string());
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    if let Expr::Name(name) = target {
                        own.insert(name.id.to_string());
                        data.insert(name.id.to_string());
                    }
                }
            }
            Stmt::AnnAssign(assign) => {
                if let (Expr::Name(name), Some(_)) = (assign.target.as_ref(), &assign.value) {
                    own.insert(name.id.to_string());
                    data.insert(name.id.to_string());
                }
            }
            _ => {}
        }
    }
    (own, data, decorated)
}

/// C3: the order Python looks members up in, or `None` where Python
/// refuses the bases.
fn linearize(
    name: &str,
    bases: &[String],
    classes: &BTreeMap<String, ClassInfo>,
) -> Option<Vec<String>> {
    let mut sequences: Vec<Vec<String>> = bases
        .iter()
        .map(|b| classes.get(b).map(|i| i.mro.clone()))
        .collect::<Option<_>>()?;
    sequences.push(bases.to_vec());
    let mut out = vec![name.to_owned()];
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Some(out);
        }
        let head = sequences
            .iter()
            .map(|s| &s[0])
            .find(|candidate| !sequences.iter().any(|s| s[1..].contains(candidate)))?
            .clone();
        for sequence in &mut sequences {
            if sequence.first() == Some(&head) {
                sequence.remove(0);
            }
        }
        if out.contains(&head) {
            return None;
        }
        out.push(head);
    }
}

/// One `super().method(...)` call in a method.
struct SuperCall {
    /// The `super()` call itself.
    super_call: TextRange,
    /// The method name.
    method: String,
    /// Where `.method` ends.
    method_end: TextSize,
    /// Where the outer call's `(` is.
    arguments_start: TextSize,
    has_arguments: bool,
    /// The method's first parameter.
    self_name: String,
    /// The name of the method the call is in.
    in_method: String,
}

/// Every `super().m(...)` call directly in the class's methods; `None`
/// when `super` appears any other way, or in a static or class method.
fn super_calls(class: &StmtClassDef) -> Option<Vec<SuperCall>> {
    let mut calls = Vec::new();
    for stmt in &class.body {
        let Stmt::FunctionDef(def) = stmt else {
            if mentions_super_in(stmt) {
                return None;
            }
            continue;
        };
        let mut finder = SuperFinder {
            self_name: first_parameter(def),
            method: def.name.id.to_string(),
            calls: Vec::new(),
            other: false,
            matched: BTreeSet::new(),
        };
        for stmt in &def.body {
            finder.visit_stmt(stmt);
        }
        if finder.other
            || (!finder.calls.is_empty() && (!takes_the_object(def) || finder.self_name.is_none()))
        {
            return None;
        }
        calls.extend(finder.calls);
    }
    Some(calls)
}

/// Whether the method's first parameter is the object it is called on:
/// no decorators, or only a property's (`@property`, `@x.setter`,
/// `@cached_property`), not `@classmethod` or `@staticmethod`.
fn takes_the_object(def: &StmtFunctionDef) -> bool {
    def.decorator_list
        .iter()
        .all(|decorator| match &decorator.expression {
            Expr::Name(name) => matches!(name.id.as_str(), "property" | "cached_property"),
            Expr::Attribute(attribute) => matches!(
                attribute.attr.id.as_str(),
                "setter" | "getter" | "deleter" | "cached_property"
            ),
            _ => false,
        })
}

fn first_parameter(def: &StmtFunctionDef) -> Option<String> {
    def.parameters
        .posonlyargs
        .iter()
        .chain(def.parameters.args.iter())
        .next()
        .map(|p| p.parameter.name.id.to_string())
}

struct SuperFinder {
    self_name: Option<String>,
    method: String,
    calls: Vec<SuperCall>,
    /// `super` seen outside the `super().m(...)` pattern.
    other: bool,
    /// Starts of the `super` names the pattern took.
    matched: BTreeSet<TextSize>,
}

impl<'a> Visitor<'a> for SuperFinder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            // Nested scopes: `super()` there means something else.
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
                if mentions_super_in(stmt) {
                    self.other = true;
                }
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Lambda(_) => {
                let mut inner = SuperFinder {
                    self_name: None,
                    method: String::new(),
                    calls: Vec::new(),
                    other: false,
                    matched: BTreeSet::new(),
                };
                walk_expr(&mut inner, expr);
                if inner.other || !inner.calls.is_empty() {
                    self.other = true;
                }
                return;
            }
            Expr::Call(call) => {
                if let Expr::Attribute(attribute) = call.func.as_ref()
                    && let Expr::Call(inner) = attribute.value.as_ref()
                    && let Expr::Name(name) = inner.func.as_ref()
                    && name.id.as_str() == "super"
                    && inner.arguments.is_empty()
                    && let Some(self_name) = &self.self_name
                {
                    self.matched.insert(name.start());
                    self.calls.push(SuperCall {
                        super_call: inner.range(),
                        method: attribute.attr.id.to_string(),
                        method_end: attribute.end(),
                        arguments_start: call.arguments.start(),
                        has_arguments: !call.arguments.is_empty(),
                        self_name: self_name.clone(),
                        in_method: self.method.clone(),
                    });
                }
            }
            Expr::Name(name)
                if name.id.as_str() == "super" && !self.matched.contains(&name.start()) =>
            {
                self.other = true;
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Whether the class body uses `super` anywhere.
fn mentions_super(class: &StmtClassDef) -> bool {
    class.body.iter().any(mentions_super_in)
}

fn mentions_super_in(stmt: &Stmt) -> bool {
    #[derive(Default)]
    struct Names(bool);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.id.as_str() == "super"
            {
                self.0 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut names = Names::default();
    names.visit_stmt(stmt);
    names.0
}

/// The attribute names the code assigns on anything but `self`
/// (`Shape.count = 0`, `cls.total += 1`, `obj.x = 1`).
pub(super) fn assigned_through_class(suite: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Stores(BTreeSet<String>);
    impl<'a> Visitor<'a> for Stores {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Attribute(attribute) = expr
                && matches!(attribute.ctx, ExprContext::Store | ExprContext::Del)
                && !matches!(attribute.value.as_ref(), Expr::Name(n) if n.id.as_str() == "self")
            {
                self.0.insert(attribute.attr.id.to_string());
            }
            walk_expr(self, expr);
        }
    }
    let mut stores = Stores::default();
    for stmt in suite {
        stores.visit_stmt(stmt);
    }
    stores.0
}
