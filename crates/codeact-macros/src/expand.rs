//! The code `#[tool]` writes: the function unchanged, a unit struct, and the
//! struct's `Tool` implementation.
//!
//! The implementation's body is a few calls into
//! `codeact::tool::macro_support`, where the real work (schemas, argument
//! decoding, blocking threads, error mapping) is ordinary, tested library
//! code rather than generated code.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, ItemFn};

use crate::docs::{self, Docs};
use crate::errors::Errors;
use crate::options::Options;
use crate::signature::{self, Signature};

/// The expansion of `#[tool(options)] function`; every problem found is
/// reported, each at its own span.
pub(crate) fn expand(options: &Options, function: &ItemFn) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let docs = docs::parse(&docs::doc_lines(&function.attrs), &mut errors);
    let signature = signature::read(function, &mut errors);
    let name = tool_name(options, function, &mut errors);
    let description = match &options.description {
        Some(text) => text.value(),
        None => docs.description.clone(),
    };
    if description.trim().is_empty() {
        errors.spanned(
            &function.sig.ident,
            "a #[tool] needs a description: write a doc comment whose first paragraph says \
             what the tool does (or give `#[tool(description = \"...\")]`)",
        );
    }
    let descriptions = argument_descriptions(&docs, &signature, &function.sig.ident, &mut errors);
    errors.finish()?;
    Ok(generate(
        options,
        function,
        &signature,
        &name,
        &description,
        &descriptions,
    ))
}

/// The tool's name: `name = "..."` or the function's; a Python identifier
/// that is not a keyword, since the model calls it in Python.
fn tool_name(options: &Options, function: &ItemFn, errors: &mut Errors) -> String {
    let (name, span) = match &options.name {
        Some(name) => (name.value(), name.span()),
        None => (
            signature::unraw(&function.sig.ident),
            function.sig.ident.span(),
        ),
    };
    let identifier = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !identifier {
        errors.at(
            span,
            format!(
                "`{name}` is not a valid tool name: the model calls tools as Python functions; \
                 use letters, digits and `_`"
            ),
        );
    } else if signature::is_python_keyword(&name) {
        errors.at(
            span,
            format!(
                "`{name}` is a Python keyword, so the model could not call it; \
                 give another name with `#[tool(name = \"...\")]`"
            ),
        );
    }
    name
}

/// Each argument's description, in argument order; an undocumented argument
/// and a documented name that is no argument are errors.
fn argument_descriptions(
    docs: &Docs,
    signature: &Signature,
    function: &Ident,
    errors: &mut Errors,
) -> Vec<String> {
    let mut descriptions = Vec::new();
    for argument in &signature.arguments {
        match docs.arguments.iter().find(|doc| doc.name == argument.name) {
            Some(doc) => descriptions.push(doc.description.clone()),
            None => errors.spanned(
                &argument.ident,
                format!(
                    "argument `{name}` is not documented; add ``* `{name}` - what it means`` \
                     under a `# Arguments` heading in the doc comment",
                    name = argument.name
                ),
            ),
        }
    }
    for doc in &docs.arguments {
        if !signature.arguments.iter().any(|a| a.name == doc.name) {
            errors.at(
                doc.span,
                format!(
                    "`{}` is documented under `# Arguments`, but `{function}` has no such argument",
                    doc.name
                ),
            );
        }
    }
    descriptions
}

fn generate(
    options: &Options,
    function: &ItemFn,
    signature: &Signature,
    name: &str,
    description: &str,
    descriptions: &[String],
) -> TokenStream {
    let krate = options.krate();
    let vis = &function.vis;
    let function_ident = &function.sig.ident;
    let struct_ident = options.struct_name.clone().unwrap_or_else(|| {
        Ident::new(
            &pascal_case(&signature::unraw(function_ident)),
            function_ident.span(),
        )
    });
    let struct_doc = format!(
        "The `{name}` tool, made by `#[tool]` from the function `{}`: {description}",
        signature::unraw(function_ident)
    );

    let inputs = signature
        .arguments
        .iter()
        .zip(descriptions)
        .map(|(argument, text)| {
            let ty = &argument.ty;
            let input = &argument.name;
            let required = !argument.optional;
            quote_spanned! {ty.span()=>
                .input(__codeact::input::<#ty>(#input, #text, #required))
            }
        });
    let variables: Vec<Ident> = (0..signature.arguments.len())
        .map(|i| format_ident!("__codeact_arg_{}", i))
        .collect();
    let takes = signature
        .arguments
        .iter()
        .zip(&variables)
        .map(|(argument, variable)| {
            let ty = &argument.ty;
            let input = &argument.name;
            quote_spanned! {ty.span()=>
                let #variable = __codeact_args.take::<#ty>(#input)?;
            }
        });
    // With no argument to take, the checked arguments are not kept.
    let checked_args = if signature.arguments.is_empty() {
        quote! { __codeact::Arguments::new(self.spec(), args)?; }
    } else {
        quote! { let mut __codeact_args = __codeact::Arguments::new(self.spec(), args)?; }
    };
    let run = if signature.is_async {
        quote! { __codeact::run_async(#name, #function_ident(#(#variables),*)).await? }
    } else {
        quote! {
            __codeact::run_blocking(#name, move || #function_ident(#(#variables),*)).await?
        }
    };
    let output_ty = &signature.output.ty;
    let output_span = signature.output.span;
    let output_schema = quote_spanned! {output_span=> __codeact::output_schema::<#output_ty>() };
    let serialize = quote_spanned! {output_span=> __codeact::output(#name, __codeact_value) };
    let value = if signature.output.fallible {
        quote_spanned! {output_span=> __codeact::fallible(#name, #run)? }
    } else {
        run
    };

    quote! {
        #function

        #[doc = #struct_doc]
        #[derive(Debug, Clone, Copy, Default)]
        #vis struct #struct_ident;

        const _: () = {
            use #krate::tool::macro_support as __codeact;

            #[__codeact::async_trait]
            impl #krate::tool::Tool for #struct_ident {
                fn spec(&self) -> &#krate::tool::ToolSpec {
                    static SPEC: __codeact::OnceLock<#krate::tool::ToolSpec> =
                        __codeact::OnceLock::new();
                    SPEC.get_or_init(|| {
                        #krate::tool::ToolSpec::new(#name, #description)
                            #(#inputs)*
                            .output(#output_schema)
                    })
                }

                async fn call(
                    &self,
                    args: #krate::tool::ToolArgs,
                ) -> ::core::result::Result<__codeact::Value, #krate::tool::ToolError> {
                    #checked_args
                    #(#takes)*
                    let __codeact_value = #value;
                    #serialize
                }
            }
        };
    }
}

/// `get_weather` → `GetWeather`.
fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn struct_names_are_pascal_case() {
        assert_eq!(pascal_case("get_weather"), "GetWeather");
        assert_eq!(pascal_case("add"), "Add");
        assert_eq!(pascal_case("_private_thing"), "PrivateThing");
        assert_eq!(pascal_case("http2_fetch"), "Http2Fetch");
    }
}
