//! What a tool function's signature says: its arguments (owned values
//! deserialized from JSON) and what it returns. Anything that cannot come
//! from JSON is refused here, at its own span, with what to write instead.

use syn::spanned::Spanned;
use syn::{
    FnArg, GenericArgument, Ident, ItemFn, Pat, PathArguments, ReturnType, Type, TypePath,
    parse_quote,
};

use crate::errors::Errors;

/// One argument of the function.
pub(crate) struct Argument {
    /// The Rust name, as written (`r#type`).
    pub ident: Ident,
    /// The tool input's name (`type`).
    pub name: String,
    pub ty: Type,
    /// `Option<T>`: a call may leave it out.
    pub optional: bool,
}

/// What the function returns.
pub(crate) struct Output {
    /// The value type: `T`, or the `Ok` type of a `Result`.
    pub ty: Type,
    /// The return type is a `Result`, whose `Err` is a tool failure.
    pub fallible: bool,
    /// The span of the whole return type (or of the signature if none).
    pub span: proc_macro2::Span,
}

/// The parts of a tool function's signature the expansion needs.
pub(crate) struct Signature {
    pub is_async: bool,
    pub arguments: Vec<Argument>,
    pub output: Output,
}

/// Reads `function`'s signature, as much of it as can be read; every problem
/// goes to `errors`, each at its own span.
pub(crate) fn read(function: &ItemFn, errors: &mut Errors) -> Signature {
    let sig = &function.sig;
    if let Some(unsafety) = &sig.unsafety {
        errors.spanned(
            unsafety,
            "a tool cannot be an `unsafe fn`: the model calls it with any arguments",
        );
    }
    if let Some(abi) = &sig.abi {
        errors.spanned(abi, "a tool is a Rust function; remove the `extern` ABI");
    }
    if let Some(variadic) = &sig.variadic {
        errors.spanned(variadic, "a tool cannot be variadic");
    }
    if !sig.generics.params.is_empty() {
        errors.spanned(
            &sig.generics,
            "a tool cannot be generic: its argument types make its JSON schema; use concrete types",
        );
    }
    if let Some(clause) = &sig.generics.where_clause {
        errors.spanned(
            clause,
            "a tool cannot have a `where` clause; use concrete types",
        );
    }

    let mut arguments = Vec::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(receiver) => errors.spanned(
                receiver,
                "a #[tool] is a free function and `self` cannot come from JSON; \
                 write a function without `self`, or implement `codeact::tool::Tool` for your type",
            ),
            FnArg::Typed(typed) => {
                let ident = match &*typed.pat {
                    Pat::Ident(pat) if pat.by_ref.is_none() && pat.subpat.is_none() => {
                        Some(pat.ident.clone())
                    }
                    other => {
                        errors.spanned(
                            other,
                            "a tool's argument needs a plain name (the model passes it by name); \
                             write `name: Type` and destructure inside the function",
                        );
                        None
                    }
                };
                check_owned(&typed.ty, errors);
                if let Some(ident) = ident {
                    let name = unraw(&ident);
                    if is_python_keyword(&name) {
                        errors.spanned(
                            &ident,
                            format!(
                                "`{name}` is a Python keyword, so the model could not pass it \
                                 by name; rename the argument"
                            ),
                        );
                    }
                    arguments.push(Argument {
                        ident,
                        name,
                        optional: is_option(&typed.ty),
                        ty: (*typed.ty).clone(),
                    });
                }
            }
        }
    }

    let output = match &sig.output {
        ReturnType::Default => Output {
            ty: parse_quote!(()),
            fallible: false,
            span: sig.ident.span(),
        },
        ReturnType::Type(_, ty) => {
            check_no_impl(ty, errors);
            let span = ty.span();
            match result_ok_type(ty) {
                Ok(Some(ok)) => Output {
                    ty: ok,
                    fallible: true,
                    span,
                },
                Ok(None) => Output {
                    ty: (**ty).clone(),
                    fallible: false,
                    span,
                },
                Err(error) => {
                    errors.push(error);
                    Output {
                        ty: (**ty).clone(),
                        fallible: false,
                        span,
                    }
                }
            }
        }
    };
    Signature {
        is_async: sig.asyncness.is_some(),
        arguments,
        output,
    }
}

/// Refuses what cannot be deserialized from a call's JSON into an owned
/// value, anywhere inside `ty`.
fn check_owned(ty: &Type, errors: &mut Errors) {
    match ty {
        Type::Reference(reference) => {
            let instead = match &*reference.elem {
                Type::Path(path) if path.path.is_ident("str") => "String instead of &str".into(),
                Type::Slice(slice) => format!(
                    "Vec<{}> instead of &[{}]",
                    tokens(&slice.elem),
                    tokens(&slice.elem)
                ),
                Type::Path(path) if path.path.is_ident("Path") => "PathBuf instead of &Path".into(),
                other => format!("{} instead of &{}", tokens(other), tokens(other)),
            };
            errors.spanned(
                reference,
                format!(
                    "a tool's arguments are owned values deserialized from JSON, not borrowed; \
                     use {instead}"
                ),
            );
        }
        Type::ImplTrait(_) => errors.spanned(
            ty,
            "`impl Trait` cannot be deserialized from JSON; use a concrete type",
        ),
        Type::TraitObject(_) => errors.spanned(
            ty,
            "a trait object cannot be deserialized from JSON; use a concrete type",
        ),
        Type::Infer(_) => errors.spanned(ty, "write the argument's type: it makes the JSON schema"),
        Type::Ptr(_) => errors.spanned(
            ty,
            "a raw pointer cannot come from JSON; use an owned value",
        ),
        Type::BareFn(_) => errors.spanned(ty, "a function pointer cannot come from JSON"),
        Type::Slice(slice) => check_owned(&slice.elem, errors),
        Type::Array(array) => check_owned(&array.elem, errors),
        Type::Paren(inner) => check_owned(&inner.elem, errors),
        Type::Group(inner) => check_owned(&inner.elem, errors),
        Type::Tuple(tuple) => tuple
            .elems
            .iter()
            .for_each(|elem| check_owned(elem, errors)),
        Type::Path(path) => {
            if let Some(qself) = &path.qself {
                check_owned(&qself.ty, errors);
            }
            for segment in &path.path.segments {
                let PathArguments::AngleBracketed(generics) = &segment.arguments else {
                    continue;
                };
                for argument in &generics.args {
                    match argument {
                        GenericArgument::Type(inner) => check_owned(inner, errors),
                        GenericArgument::Lifetime(lifetime) if lifetime.ident != "static" => {
                            errors.spanned(
                                lifetime,
                                "a tool's arguments cannot borrow from the call's JSON; \
                                 use an owned type (or `'static`)",
                            );
                        }
                        _ => {}
                    }
                }
            }
        }
        _ => {}
    }
}

/// Refuses `impl Trait` in the return type: the output schema needs the
/// concrete type.
fn check_no_impl(ty: &Type, errors: &mut Errors) {
    match ty {
        Type::ImplTrait(_) => errors.spanned(
            ty,
            "a tool's output schema comes from its return type; return a concrete type, \
             not `impl Trait`",
        ),
        Type::Paren(inner) => check_no_impl(&inner.elem, errors),
        Type::Group(inner) => check_no_impl(&inner.elem, errors),
        Type::Tuple(tuple) => tuple
            .elems
            .iter()
            .for_each(|elem| check_no_impl(elem, errors)),
        Type::Path(path) => {
            for segment in &path.path.segments {
                if let PathArguments::AngleBracketed(generics) = &segment.arguments {
                    for argument in &generics.args {
                        if let GenericArgument::Type(inner) = argument {
                            check_no_impl(inner, errors);
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// `Some(T)` if `ty` is a `Result<T, ..>` (any path ending in `Result`, so
/// `io::Result<T>` and `anyhow::Result<T>` too), `None` if it is not a
/// `Result`.
fn result_ok_type(ty: &Type) -> syn::Result<Option<Type>> {
    let Some(segment) = last_segment(ty) else {
        return Ok(None);
    };
    if segment.ident != "Result" {
        return Ok(None);
    }
    let ok = match &segment.arguments {
        PathArguments::AngleBracketed(generics) => generics.args.iter().find_map(|arg| match arg {
            GenericArgument::Type(ok) => Some(ok.clone()),
            _ => None,
        }),
        _ => None,
    };
    ok.map(Some).ok_or_else(|| {
        syn::Error::new_spanned(
            ty,
            "write the Result's value type, as in `Result<T, E>`: it makes the output schema",
        )
    })
}

/// Whether `ty` is an `Option<T>` (any path ending in `Option<..>`).
fn is_option(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|segment| {
        segment.ident == "Option" && matches!(segment.arguments, PathArguments::AngleBracketed(_))
    })
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(TypePath { qself: None, path }) => path.segments.last(),
        Type::Group(inner) => last_segment(&inner.elem),
        Type::Paren(inner) => last_segment(&inner.elem),
        _ => None,
    }
}

/// The type as the user wrote it.
fn tokens(ty: &Type) -> String {
    ty.span()
        .source_text()
        .unwrap_or_else(|| quote::quote!(#ty).to_string())
}

/// The identifier without a raw prefix: `r#type` is the tool input `type`.
pub(crate) fn unraw(ident: &Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map_or(text.clone(), str::to_owned)
}

/// Python's keywords: names the model could not write as keyword arguments
/// or call as functions.
pub(crate) fn is_python_keyword(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];
    KEYWORDS.contains(&name)
}
