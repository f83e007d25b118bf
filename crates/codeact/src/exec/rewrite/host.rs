//! The host functions rewritten code calls. Each only raises CPython's
//! exception for a value of the wrong type, with CPython's message (which
//! needs the value's type name, which monty cannot give the code).

use monty_types::{ExcType, MontyException, MontyObject};

use super::{delete, methods, percent};

/// Whether `name` is one of the host functions rewrites inject.
pub(crate) fn provides(name: &str) -> bool {
    name == percent::PCT_ERROR || name == methods::UNBOUND_ERROR || name == delete::DEL_ERROR
}

/// The exception the host function `name` raises for `args`, or `None`
/// when `name` is not one of them.
pub(crate) fn exception(name: &str, args: &[MontyObject]) -> Option<MontyException> {
    if name == delete::DEL_ERROR {
        Some(delete::deletion_error(args))
    } else if name == percent::PCT_ERROR {
        Some(percent::conversion_error(args))
    } else if name == methods::UNBOUND_ERROR {
        let method = match args.first() {
            Some(MontyObject::String(method)) => method.as_str(),
            _ => "",
        };
        let type_name = args.get(1).map_or("NoneType", type_name);
        Some(MontyException::new(
            ExcType::TypeError,
            Some(format!(
                "descriptor '{method}' for 'str' objects doesn't apply to a '{type_name}' object"
            )),
        ))
    } else {
        None
    }
}

/// The Python type name of a value handed to the host.
pub(super) fn type_name(value: &MontyObject) -> &str {
    match value {
        MontyObject::NamedTuple { type_name, .. } => type_name,
        other => other.type_name(),
    }
}
