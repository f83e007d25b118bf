//! `%` formatting of a string literal (`"%s: %5.2f" % (name, x)`), which
//! monty 0.0.23 does not have, as an f-string that formats each value the
//! way `%` does.
//!
//! Only a literal left operand is rewritten: `x % y` with names may be
//! integer modulo. Each conversion checks its value's type as `%` does and
//! raises CPython's `TypeError` through a host function otherwise; a format
//! the rewrite does not cover exactly (`*` widths, precision on integers, a
//! stray `%`) is left alone and monty raises its own error.
//!
//! The values are bound to lambda parameters first, so each is evaluated
//! once and before any is formatted, as with `%`.

use monty_types::{ExcType, MontyException, MontyObject};
use ruff_python_ast::{Expr, ExprBinOp, Operator};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;
use super::literal::{escaped, newlines_of};

/// The host function that raises `%`'s `TypeError` for a value of the
/// wrong type: `__codeact_pct_error(conversion, value)`.
pub(crate) const PCT_ERROR: &str = "__codeact_pct_error";

/// Builtins the generated code calls; a block that rebinds one is left alone.
const USED_BUILTINS: &[&str] = &["isinstance", "tuple", "int", "float", "str", "len", "chr"];

#[derive(Debug, Default)]
struct Spec {
    key: Option<String>,
    minus: bool,
    plus: bool,
    space: bool,
    hash: bool,
    zero: bool,
    width: Option<String>,
    precision: Option<String>,
    conversion: char,
}

#[derive(Debug)]
enum Piece {
    Text(String),
    Spec(Spec),
}

/// The format's pieces, or `None` when it uses something not covered.
fn parse(format: &str) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            text.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            text.push('%');
            continue;
        }
        let mut spec = Spec::default();
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut key = String::new();
            loop {
                match chars.next()? {
                    ')' => break,
                    '(' => return None,
                    k => key.push(k),
                }
            }
            spec.key = Some(key);
        }
        while let Some(&flag) = chars.peek() {
            match flag {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.hash = true,
                '0' => spec.zero = true,
                _ => break,
            }
            chars.next();
        }
        spec.width = digits(&mut chars);
        if chars.peek() == Some(&'.') {
            chars.next();
            spec.precision = Some(digits(&mut chars).unwrap_or_else(|| "0".into()));
        }
        while matches!(chars.peek(), Some('h' | 'l' | 'L')) {
            chars.next();
        }
        spec.conversion = chars.next()?;
        if !"diouxXeEfFgGcrsa".contains(spec.conversion) {
            return None;
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Spec(spec));
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Some(pieces)
}

fn digits(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<String> {
    let mut out = String::new();
    while let Some(&d) = chars.peek() {
        if !d.is_ascii_digit() {
            break;
        }
        out.push(d);
        chars.next();
    }
    // Widths past this are a MemoryError in CPython; not worth matching.
    (!out.is_empty() && out.len() <= 4).then_some(out)
}

/// The replacement field formatting `value` (a parameter name) as `spec`.
/// The f-string field for `spec` of the parameter `value`; in a session
/// with IntEnum classes (`int_enums`), a member converts by its int value.
fn field(spec: &Spec, value: &str, int_enums: bool) -> Option<String> {
    let text_spec = |precision: Option<&String>| {
        let mut out = String::new();
        if let Some(width) = &spec.width {
            out.push(if spec.minus { '<' } else { '>' });
            out.push_str(width);
        }
        if let Some(precision) = precision {
            out.push('.');
            out.push_str(precision);
        }
        out
    };
    let number_spec = |conversion: char, precision: Option<&String>| {
        let mut out = String::new();
        if spec.minus {
            out.push('<');
        }
        if spec.plus {
            out.push('+');
        } else if spec.space {
            out.push(' ');
        }
        if spec.hash && conversion != 'd' {
            out.push('#');
        }
        if spec.zero && !spec.minus && spec.width.is_some() {
            out.push('0');
        }
        if let Some(width) = &spec.width {
            out.push_str(width);
        }
        if let Some(precision) = precision {
            out.push('.');
            out.push_str(precision);
        }
        out.push(conversion);
        out
    };
    let c = spec.conversion;
    let error = format!("{PCT_ERROR}('{c}', {value})");
    let raw = value;
    let number = format!("__codeact_mod_enum.int_value({value})");
    let value = if int_enums && "diuoxXeEfFgG".contains(c) {
        number.as_str()
    } else {
        value
    };
    let (expr, format_spec) = match c {
        's' | 'r' | 'a' => (format!("{raw}!{c}"), text_spec(spec.precision.as_ref())),
        'd' | 'i' | 'u' if spec.precision.is_none() => (
            format!("(int({value}) if isinstance({value}, (int, float)) else {error})"),
            number_spec('d', None),
        ),
        'o' | 'x' | 'X' if spec.precision.is_none() => (
            format!("(int({value}) if isinstance({value}, int) else {error})"),
            number_spec(c, None),
        ),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (
            format!("(float({value}) if isinstance({value}, (int, float)) else {error})"),
            number_spec(c, spec.precision.as_ref()),
        ),
        'c' if spec.precision.is_none() => (
            format!(
                "({value} if isinstance({value}, str) and len({value}) == 1 else chr({value}) if isinstance({value}, int) and 0 <= {value} < 1114112 else {error})"
            ),
            text_spec(None),
        ),
        _ => return None,
    };
    Some(if format_spec.is_empty() {
        format!("{{{expr}}}")
    } else {
        format!("{{{expr}:{format_spec}}}")
    })
}

/// Where the `%` operator of `bin` ends.
fn operator_end(source: &str, bin: &ExprBinOp) -> Option<TextSize> {
    let from = usize::from(bin.left.end());
    let to = usize::from(bin.right.start());
    let between = source.get(from..to)?;
    let mut in_comment = false;
    for (i, c) in between.char_indices() {
        match c {
            '\n' => in_comment = false,
            '#' => in_comment = true,
            '%' if !in_comment => return TextSize::try_from(from + i + 1).ok(),
            _ => {}
        }
    }
    None
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::BinOp(bin) = expr else {
        return;
    };
    if bin.op != Operator::Mod || context.in_fstring || context.bound.any(USED_BUILTINS) {
        return;
    }
    let Expr::StringLiteral(literal) = bin.left.as_ref() else {
        return;
    };
    let Some(pieces) = parse(literal.value.to_str()) else {
        return;
    };
    let specs: Vec<&Spec> = pieces
        .iter()
        .filter_map(|piece| match piece {
            Piece::Spec(spec) => Some(spec),
            Piece::Text(_) => None,
        })
        .collect();
    let keyed = specs.iter().filter(|spec| spec.key.is_some()).count();
    if specs.is_empty() || (keyed != 0 && keyed != specs.len()) {
        return;
    }
    let params: Vec<String> = (0..specs.len()).map(|i| format!("__codeact_{i}")).collect();
    let mut body = String::from("f\"");
    let mut index = 0;
    for piece in &pieces {
        match piece {
            Piece::Text(text) => body.push_str(&escaped(text, true)),
            Piece::Spec(spec) => {
                let Some(field) = field(spec, &params[index], context.facts.int_enums) else {
                    return;
                };
                body.push_str(&field);
                index += 1;
            }
        }
    }
    body.push('"');
    let formatter = format!("(lambda {}: {body})", params.join(", "));
    let Some(op_end) = operator_end(context.source, bin) else {
        return;
    };
    let head = TextRange::new(bin.start(), op_end);
    let Some(replaced) = context.source.get(head.start().into()..head.end().into()) else {
        return;
    };
    let lines = newlines_of(replaced);
    let tuple_args = matches!(bin.right.as_ref(), Expr::Tuple(tuple)
        if tuple.parenthesized && tuple.elts.len() == specs.len() && !tuple.elts.iter().any(|e| matches!(e, Expr::Starred(_))));
    if keyed != 0 {
        let mut lookups = Vec::new();
        for spec in &specs {
            let key = spec.key.as_deref().unwrap_or_default();
            lookups.push(format!("__codeact_m[\"{}\"]", escaped(key, false)));
        }
        edits.replace_head(
            bin.range,
            head,
            format!(
                "(lambda __codeact_m: {formatter}({}){lines})(",
                lookups.join(", ")
            ),
        );
        edits.close(bin.range, ")");
    } else if tuple_args {
        edits.replace_head(bin.range, head, format!("({formatter}{lines})"));
    } else {
        edits.replace_head(
            bin.range,
            head,
            format!(
                "{formatter}(*(lambda __codeact_v: __codeact_v if isinstance(__codeact_v, tuple) else (__codeact_v,)){lines}("
            ),
        );
        edits.close(bin.range, "))");
    }
}

/// The `TypeError` (or `OverflowError`) `%` raises for `value` under
/// `conversion`: what [`PCT_ERROR`] raises when the sandbox calls it.
pub(crate) fn conversion_error(args: &[MontyObject]) -> MontyException {
    let conversion = match args.first() {
        Some(MontyObject::String(c)) => c.as_str(),
        _ => "",
    };
    let type_name = args.get(1).map_or("NoneType", super::host::type_name);
    let message = match conversion {
        "d" | "i" | "u" => {
            format!("%{conversion} format: a real number is required, not {type_name}")
        }
        "o" | "x" | "X" => format!("%{conversion} format: an integer is required, not {type_name}"),
        "c" if matches!(
            args.get(1),
            Some(MontyObject::Int(_) | MontyObject::BigInt(_))
        ) =>
        {
            return MontyException::new(
                ExcType::OverflowError,
                Some("%c arg not in range(0x110000)".into()),
            );
        }
        "c" => "%c requires int or char".to_owned(),
        _ => format!("must be real number, not {type_name}"),
    };
    MontyException::new(ExcType::TypeError, Some(message))
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_tuple_of_values_becomes_the_call_arguments() {
        assert_eq!(
            rewritten("s = \"%s is %d\" % (name, age)"),
            "s = ((lambda __codeact_0, __codeact_1: f\"{__codeact_0!s} is {(int(__codeact_1) if isinstance(__codeact_1, (int, float)) else __codeact_pct_error('d', __codeact_1)):d}\")) (name, age)"
        );
    }

    #[test]
    fn one_value_may_be_a_tuple_at_run_time() {
        assert_eq!(
            rewritten("print('[%-8s]' % name)"),
            "print((lambda __codeact_0: f\"[{__codeact_0!s:<8}]\")(*(lambda __codeact_v: __codeact_v if isinstance(__codeact_v, tuple) else (__codeact_v,))( name)))"
        );
    }

    #[test]
    fn mapping_keys_are_looked_up_in_order() {
        assert_eq!(
            rewritten("'%(a)s %(b)r' % d"),
            "(lambda __codeact_m: (lambda __codeact_0, __codeact_1: f\"{__codeact_0!s} {__codeact_1!r}\")(__codeact_m[\"a\"], __codeact_m[\"b\"]))( d)"
        );
    }

    #[test]
    fn lines_are_kept() {
        let out = rewritten("x = (\"a %s\"\n     \" b %s\" % (\n  1, 2))\ny = 1\n");
        assert!(out.ends_with("\ny = 1\n"), "{out}");
    }

    #[test]
    fn what_is_not_covered_is_left_alone() {
        for code in [
            "x = a % 9",
            "x = 7 % 3",
            "x = '%*d' % (5, 3)",
            "x = '%.3d' % 5",
            "x = 'abc' % ()",
            "x = '%(a)s %s' % d",
            "x = '50%' % 3",
            "x = b'%d' % 3",
            "x = f\"{'%d' % 3}\"",
            "int = 3\nx = '%d' % 3",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
