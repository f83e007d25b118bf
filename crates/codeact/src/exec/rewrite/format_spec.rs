//! A format spec on a value that has none in CPython: `f"{None:>6}"`,
//! `f"{items:<20}"`. CPython's `None`, lists, dicts, tuples and sets
//! inherit `object.__format__`, which refuses any non-empty spec with a
//! TypeError; monty 0.0.23 pads their repr instead. Each replacement field
//! with a spec (and no conversion such as `!r`, which formats a str) gets
//! its value through `spec_value` of a module of its own (small, so that
//! a session pays little to load it), which raises
//! CPython's TypeError for those types and hands anything else back.

use ruff_python_ast::{ConversionFlag, FString, InterpolatedStringElement};
use ruff_text_size::Ranged;

use super::edits::Edits;

pub(super) fn on_f_string(f_string: &FString, edits: &mut Edits) {
    for element in &f_string.elements {
        let InterpolatedStringElement::Interpolation(field) = element else {
            continue;
        };
        let has_spec = field
            .format_spec
            .as_ref()
            .is_some_and(|spec| !spec.elements.is_empty());
        if !has_spec || field.conversion != ConversionFlag::None || field.debug_text.is_some() {
            continue;
        }
        edits.open(
            field.expression.range(),
            "__codeact_mod__format.spec_value(",
        );
        edits.close(field.expression.range(), ")");
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_field_with_a_spec_checks_its_value() {
        assert_eq!(
            rewritten("print(f'{x:>6} {y} {z!r:>4} {w=}')\n"),
            "print(f'{__codeact_mod__format.spec_value(x):>6} {y} {z!r:>4} {w=}')\n"
        );
    }
}
