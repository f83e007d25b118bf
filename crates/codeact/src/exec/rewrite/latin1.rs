//! `s.encode("latin-1")` and `data.decode("latin-1")` (and the codec's
//! other names), which monty 0.0.23 refuses (`unknown encoding`): the
//! sandbox's `encode_latin1`/`decode_latin1`, byte for code point as
//! CPython's codec, with its errors and error handlers. Only where the
//! encoding is written as a literal; anything but a str or bytes receiver
//! gets its own method.

use ruff_python_ast::Expr;

use super::Context;
use super::edits::Edits;

/// The names CPython's `latin_1` codec answers to (normalized: lower case,
/// `_` for `-` and spaces).
const NAMES: &[&str] = &[
    "latin_1",
    "latin1",
    "latin",
    "l1",
    "iso_8859_1",
    "iso8859_1",
    "8859",
    "cp819",
    "iso_ir_100",
];

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &["type", "ord", "chr", "len", "str", "bytes", "getattr"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    let helper = match attribute.attr.id.as_str() {
        "encode" => "encode_latin1",
        "decode" => "decode_latin1",
        _ => return,
    };
    let Some(Expr::StringLiteral(encoding)) = call.arguments.args.first() else {
        return;
    };
    let name = encoding
        .value
        .to_str()
        .to_lowercase()
        .replace(['-', ' '], "_");
    if !NAMES.contains(&name.as_str()) || context.bound.any(HELPER_BUILTINS) {
        return;
    }
    super::receiver_first(
        context.source,
        call,
        attribute,
        format!("__codeact_mod__sandbox.{helper}("),
        "",
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn latin_1_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("b = s.encode('Latin-1', 'replace')"),
            "b = __codeact_mod__sandbox.encode_latin1(s, 'Latin-1', 'replace')"
        );
        for code in ["s.encode('utf-8')", "s.encode(name)"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
