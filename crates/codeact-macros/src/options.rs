//! The attribute's own arguments: `#[tool(name = "...", ...)]`.

use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::{Ident, LitStr, Path};

/// What `#[tool(...)]` was given.
#[derive(Default)]
pub(crate) struct Options {
    /// `name = "..."`: the tool's name instead of the function's.
    pub name: Option<LitStr>,
    /// `description = "..."`: the description instead of the doc comment's
    /// first paragraph.
    pub description: Option<LitStr>,
    /// `struct_name = "..."`: the generated type's name instead of the
    /// function's name in PascalCase.
    pub struct_name: Option<Ident>,
    /// `crate = "..."`: the path to the codeact crate (`crate` inside codeact
    /// itself, or a renamed dependency).
    pub krate: Option<Path>,
}

impl Options {
    pub(crate) fn parse(args: TokenStream) -> syn::Result<Self> {
        let mut options = Options::default();
        let parser = syn::meta::parser(|meta| options.one(meta));
        syn::parse::Parser::parse2(parser, args)?;
        Ok(options)
    }

    fn one(&mut self, meta: ParseNestedMeta<'_>) -> syn::Result<()> {
        let Some(key) = meta.path.get_ident().map(Ident::to_string) else {
            return Err(meta.error(UNKNOWN));
        };
        let value: LitStr = match key.as_str() {
            "name" | "description" | "struct_name" | "crate" => meta.value()?.parse()?,
            _ => return Err(meta.error(UNKNOWN)),
        };
        let slot_taken = match key.as_str() {
            "name" => self.name.replace(value.clone()).is_some(),
            "description" => self.description.replace(value.clone()).is_some(),
            "struct_name" => {
                let ident = value.parse::<Ident>().map_err(|_| {
                    syn::Error::new(value.span(), "`struct_name` must be a Rust identifier")
                })?;
                self.struct_name.replace(ident).is_some()
            }
            _ => self.krate.replace(value.parse::<Path>()?).is_some(),
        };
        if slot_taken {
            return Err(syn::Error::new(
                value.span(),
                format!("`{key}` is given twice"),
            ));
        }
        Ok(())
    }

    /// The path the expansion names codeact by.
    pub(crate) fn krate(&self) -> Path {
        self.krate.clone().unwrap_or_else(|| {
            let mut path = Path::from(Ident::new("codeact", Span::call_site()));
            path.leading_colon = Some(Default::default());
            path
        })
    }
}

const UNKNOWN: &str =
    "unknown #[tool] option; the options are `name`, `description`, `struct_name` and `crate`";
