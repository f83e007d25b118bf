//! `__name__` read as a global (`if __name__ == "__main__":`), which monty
//! 0.0.23 does not define. Agent code runs as the script CPython would run
//! it, whose `__name__` is `"__main__"`, in functions and class bodies too
//! (neither defines its own). The prepass refuses every other use of the
//! name, so user code cannot rebind it; where the block binds it anyway (a
//! parameter), the read is left to monty, which resolves the binding, and
//! inside f-strings, where the injected quotes could clash, monty's
//! `NameError` stands.

use ruff_python_ast::{Expr, ExprContext};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

pub(crate) const NAME: &str = "__name__";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Name(name) = expr else {
        return;
    };
    if name.id.as_str() != NAME
        || name.ctx != ExprContext::Load
        || context.in_fstring
        || context.bound.any(&[NAME])
    {
        return;
    }
    edits.replace(name.range(), "\"__main__\"");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn the_script_name_is_main() {
        assert_eq!(
            rewritten("if __name__ == '__main__':\n    main()"),
            "if \"__main__\" == '__main__':\n    main()"
        );
        for code in [
            "print(f'{__name__}')",
            "def f(__name__):\n    return __name__",
            "print(f.__name__)",
        ] {
            assert!(!rewritten(code).contains("\"__main__\""), "{code}");
        }
    }
}
