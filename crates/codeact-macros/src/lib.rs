//! The `#[tool]` attribute of [codeact]: a documented Rust function, sync or
//! `async`, becomes a tool an agent can call.
//!
//! Use it through its re-export, `codeact::tool::tool`, whose documentation
//! has a compiled example; this crate exists only because attribute macros
//! must live in a crate of their own.
//!
//! # What it generates
//!
//! For `fn get_weather(city: String) -> Weather` the function stays as it is
//! (callable from Rust as before), and a unit struct `GetWeather` appears
//! next to it, with the function's visibility, implementing
//! `codeact::tool::Tool`; `Arc::new(GetWeather)` or `.tool(GetWeather)` on
//! an agent builder is the tool.
//!
//! * The spec is built once, on first use, into a `static`: the doc
//!   comment's first paragraph is the description, the `# Arguments`
//!   section gives each input's description, each argument's type gives its
//!   JSON schema (through `schemars`), `Option<T>` makes an input optional,
//!   and the return type (or a `Result`'s `Ok` type) gives the output schema.
//! * A call checks the JSON arguments against the spec, deserializes each
//!   one with serde (a failure names the argument), runs the function
//!   (an `async fn` is awaited; a sync one runs on tokio's blocking threads,
//!   so a tool that blocks never stalls the runtime), turns an `Err` into a
//!   tool failure and serializes the value.
//!
//! The generated code is a few calls into `codeact::tool::macro_support`
//! (hidden, not a public API): the logic is ordinary library code there,
//! tested once, and the user's crate needs no dependency besides codeact
//! (plus `serde` and `schemars` for their own argument structs).
//!
//! # Options
//!
//! `#[tool(name = "...", description = "...", struct_name = "...", crate = "...")]`:
//! the tool's name (default: the function's), its description (default:
//! the doc comment's first paragraph), the generated struct's name
//! (default: the function's name in PascalCase) and the path to codeact
//! (default: `::codeact`; `crate = "crate"` inside codeact itself).
//!
//! # Compile errors
//!
//! Every problem is reported at once, each at its own span, with what to
//! write instead: a missing description, an argument the doc comment does
//! not describe, a documented name that is no argument, a borrowed argument
//! (`&str`: use `String`), `impl Trait`, a pattern instead of a name, a
//! `self` receiver, generics, a Python keyword as a name.
//!
//! [codeact]: https://docs.rs/codeact

mod docs;
mod errors;
mod expand;
mod options;
mod signature;

use proc_macro::TokenStream;

/// Turns a documented function into a `codeact::tool::Tool`: see
/// `codeact::tool::tool` for the full description and a compiled example.
///
/// ```text
/// /// Fetches the weather of a city.
/// ///
/// /// # Arguments
/// ///
/// /// * `city` - The city's English name.
/// #[tool]
/// async fn get_weather(city: String) -> Result<String, MyError> { ... }
///
/// // generates: pub struct GetWeather; impl Tool for GetWeather { ... }
/// ```
#[proc_macro_attribute]
pub fn tool(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item = proc_macro2::TokenStream::from(item);
    let function = match syn::parse2::<syn::ItemFn>(item.clone()) {
        Ok(function) => function,
        Err(_) => {
            let error =
                syn::Error::new_spanned(&item, "#[tool] goes on a function: `fn` or `async fn`");
            return with_error(item, error);
        }
    };
    let expanded = options::Options::parse(attr.into())
        .and_then(|options| expand::expand(&options, &function));
    match expanded {
        Ok(tokens) => tokens.into(),
        Err(error) => with_error(item, error),
    }
}

/// The item unchanged plus the errors: keeping the item spares the user a
/// second wave of "cannot find function" errors, and the output names
/// nothing from codeact, so a failed expansion compiles (to its errors)
/// without it.
fn with_error(item: proc_macro2::TokenStream, error: syn::Error) -> TokenStream {
    let errors = error.to_compile_error();
    quote::quote!(#item #errors).into()
}
