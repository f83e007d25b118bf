//! `@f.register` over a function whose first parameter is annotated
//! (`def _(value: int)`), which `functools.singledispatch` registers for
//! the annotation's class: the decorator becomes `@f.register(int)`, as the
//! sandbox's functions keep no annotations to read.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    let Stmt::FunctionDef(def) = stmt else {
        return;
    };
    if !context.source.contains("singledispatch") {
        return;
    }
    let Some(annotation) = def
        .parameters
        .posonlyargs
        .iter()
        .chain(&def.parameters.args)
        .next()
        .and_then(|p| p.parameter.annotation.as_deref())
    else {
        return;
    };
    let Some(class) = context
        .source
        .get(usize::from(annotation.start())..usize::from(annotation.end()))
    else {
        return;
    };
    for decorator in &def.decorator_list {
        if let Expr::Attribute(attribute) = &decorator.expression
            && attribute.attr.id.as_str() == "register"
            && matches!(attribute.value.as_ref(), Expr::Name(_))
        {
            edits.close(decorator.expression.range(), format!("({class})"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_bare_register_takes_the_annotation() {
        let out = rewritten(
            "from functools import singledispatch\n@singledispatch\ndef f(x):\n    return 0\n@f.register\ndef _(x: int):\n    return 1\n",
        );
        assert!(
            out.contains("__codeact_mod__classes.get(f, \"register\")(int)"),
            "{out}"
        );
    }
}
