//! What the host answers when sandboxed code reaches outside: names it does
//! not define (tools, `final_answer`), calls of them, and OS operations.
//! Shared by every executor, so in-process and worker sessions behave alike.

use std::collections::BTreeSet;

use monty_types::{ExcType, MontyException, MontyObject};
use serde_json::{Map, Value};

use super::convert;
use super::prepass::ASYNC_PREFIX;
use super::rewrite;
use crate::tool::{ToolError, ToolSet};

/// Tool calls one code block may make before it is stopped.
pub(crate) const MAX_TOOL_CALLS: usize = 10_000;

/// The prefix of the host functions behind the Python-written modules
/// (`time.time` and the like); user code cannot spell it.
const HOST_PREFIX: &str = "__codeact_host_";

/// What the Python-written modules ask of the host.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum HostCall {
    /// Seconds since the epoch (`time.time`).
    Time,
    /// Nanoseconds since the epoch (`time.time_ns`).
    TimeNs,
    /// A monotonic clock in seconds (`time.monotonic`, `time.perf_counter`).
    Monotonic,
    /// Sleep this long (`time.sleep`), never past the block's time limit.
    Sleep(std::time::Duration),
    /// An awaitable that sleeps this long (`asyncio.sleep`): a pending
    /// future, so that sleeps under `asyncio.gather` overlap.
    AsyncSleep(std::time::Duration),
    /// A seed for an unseeded `random`.
    Entropy,
    /// The SHA-512 digest of these bytes (`random.seed` with a str).
    Sha512(Vec<u8>),
    /// The value of a `math` function as CPython computes it (see
    /// `math_values`).
    Math(String, f64),
    /// The C library's `hypot` of two floats (`abs()` of a complex).
    Hypot(f64, f64),
    /// CPython's `unicodedata.decomposition` of a code point.
    Decomposition(u32),
    /// The names of an object's instance attributes, in the order they
    /// were set (`vars(x)`); None for an object of no class of the code's.
    AttributeNames(Option<Vec<String>>),
}

/// Whether an undefined `name` is one the host provides.
pub(crate) fn provides(name: &str, tool_names: &BTreeSet<String>) -> bool {
    host_call_name(name)
        || name == "final_answer"
        || rewrite::host::provides(name)
        || tool_names.contains(name)
        || name
            .strip_prefix(ASYNC_PREFIX)
            .is_some_and(|tool| tool_names.contains(tool))
}

fn host_call_name(name: &str) -> bool {
    matches!(
        name.strip_prefix(HOST_PREFIX),
        Some(
            "time"
                | "time_ns"
                | "monotonic"
                | "sleep"
                | "asleep"
                | "entropy"
                | "sha512"
                | "math"
                | "hypot"
                | "decomposition"
                | "attributes"
        )
    )
}

/// Reads a call of a host function of the Python-written modules; `None`
/// when `name` is not one.
fn host_call(name: &str, args: &[MontyObject]) -> Option<Result<HostCall, MontyException>> {
    let call = match name.strip_prefix(HOST_PREFIX)? {
        "time" => HostCall::Time,
        "time_ns" => HostCall::TimeNs,
        "monotonic" => HostCall::Monotonic,
        "entropy" => HostCall::Entropy,
        "sha512" => match args {
            [MontyObject::Bytes(data)] => HostCall::Sha512(data.clone()),
            _ => {
                return Some(Err(MontyException::new(
                    ExcType::TypeError,
                    Some("sha512 takes one bytes argument".into()),
                )));
            }
        },
        "math" => match args {
            [MontyObject::String(function), MontyObject::Float(x)]
                if super::math_values::NAMES.contains(&function.as_str()) =>
            {
                HostCall::Math(function.clone(), *x)
            }
            _ => {
                return Some(Err(MontyException::new(
                    ExcType::TypeError,
                    Some("math takes a function's name and a float".into()),
                )));
            }
        },
        "hypot" => match args {
            [MontyObject::Float(x), MontyObject::Float(y)] => HostCall::Hypot(*x, *y),
            _ => {
                return Some(Err(MontyException::new(
                    ExcType::TypeError,
                    Some("hypot takes two floats".into()),
                )));
            }
        },
        "decomposition" => match args {
            [MontyObject::Int(code)] => {
                HostCall::Decomposition(u32::try_from(*code).unwrap_or(u32::MAX))
            }
            _ => {
                return Some(Err(MontyException::new(
                    ExcType::TypeError,
                    Some("decomposition takes a code point".into()),
                )));
            }
        },
        "attributes" => HostCall::AttributeNames(match args {
            [MontyObject::ClassInstance(instance)] => Some(
                (&instance.attrs)
                    .into_iter()
                    .filter_map(|(name, _)| match name {
                        MontyObject::String(name) => Some(name.clone()),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => None,
        }),
        "sleep" | "asleep" => {
            let seconds = match args.first() {
                Some(MontyObject::Int(i)) => *i as f64,
                Some(MontyObject::Float(f)) => *f,
                Some(MontyObject::Bool(b)) => f64::from(u8::from(*b)),
                Some(other) => {
                    return Some(Err(MontyException::new(
                        ExcType::TypeError,
                        Some(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )),
                    )));
                }
                None => 0.0,
            };
            if seconds.is_nan() {
                return Some(Err(MontyException::new(
                    ExcType::ValueError,
                    Some("Invalid value NaN (not a number)".into()),
                )));
            }
            if seconds < 0.0 {
                return Some(Err(MontyException::new(
                    ExcType::ValueError,
                    Some("sleep length must be non-negative".into()),
                )));
            }
            let duration =
                std::time::Duration::try_from_secs_f64(seconds).unwrap_or(std::time::Duration::MAX);
            if name.ends_with("asleep") {
                HostCall::AsyncSleep(duration)
            } else {
                HostCall::Sleep(duration)
            }
        }
        _ => return None,
    };
    Some(Ok(call))
}

/// The host's answer to a call that takes no time.
pub(crate) fn host_answer(call: HostCall) -> MontyObject {
    use std::time::{SystemTime, UNIX_EPOCH};
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    match call {
        HostCall::Time => MontyObject::Float(since_epoch.as_secs_f64()),
        HostCall::TimeNs => {
            MontyObject::Int(i64::try_from(since_epoch.as_nanos()).unwrap_or(i64::MAX))
        }
        HostCall::Monotonic => MontyObject::Float(monotonic_seconds()),
        HostCall::Entropy => {
            use std::hash::{BuildHasher, Hasher};
            // RandomState is keyed from the OS's randomness once per process
            // and varies per instance: enough for an unseeded `random`.
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u128(since_epoch.as_nanos());
            MontyObject::Int(i64::try_from(hasher.finish() >> 1).unwrap_or_default())
        }
        HostCall::Sha512(data) => {
            use sha2::Digest;
            MontyObject::Bytes(sha2::Sha512::digest(&data).to_vec())
        }
        // None where the C library's function cannot be found: the sandbox
        // keeps monty's value.
        HostCall::Math(function, x) => {
            super::math_values::value(&function, x).map_or(MontyObject::None, MontyObject::Float)
        }
        HostCall::Hypot(x, y) => {
            super::math_values::c_hypot(x, y).map_or(MontyObject::None, MontyObject::Float)
        }
        HostCall::Decomposition(code) => {
            MontyObject::String(super::unicode_decomposition::decomposition(code).to_owned())
        }
        HostCall::AttributeNames(names) => names.map_or(MontyObject::None, |names| {
            MontyObject::List(names.into_iter().map(MontyObject::String).collect())
        }),
        HostCall::Sleep(_) | HostCall::AsyncSleep(_) => MontyObject::None,
    }
}

/// Seconds on a clock that only goes forward, from the first reading.
fn monotonic_seconds() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    // Offset by one second so the first reading is already positive, as
    // CPython's clock (time since boot) is.
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        + 1.0
}

/// How `time.sleep` ends when the block's sleeps would pass its time limit.
pub(crate) fn sleep_limit_error(limit: std::time::Duration) -> MontyException {
    MontyException::new(
        ExcType::TimeoutError,
        Some(format!(
            "time.sleep would take the code past its limit of {:.1} s; sleep less",
            limit.as_secs_f64()
        )),
    )
}

/// The host function that stands for `name` in the sandbox.
pub(crate) fn function(name: &str) -> MontyObject {
    MontyObject::Function {
        name: name.to_owned(),
        docstring: None,
    }
}

/// What to do with one call from the sandbox.
#[derive(Debug)]
pub(crate) enum Dispatch {
    /// `final_answer(value)`: record it and end the block.
    FinalAnswer(Value),
    /// Call the tool with these arguments; `concurrent` when the code
    /// awaits it (the sandbox gets a future).
    Tool {
        name: String,
        args: Map<String, Value>,
        concurrent: bool,
    },
    /// Raise this in the sandbox.
    Raise(MontyException),
    /// A host function of the Python-written modules.
    Host(HostCall),
}

/// Reads one function call of the sandbox.
pub(crate) fn dispatch(
    function_name: &str,
    args: &[MontyObject],
    kwargs: &[(MontyObject, MontyObject)],
    is_method: bool,
    calls_so_far: usize,
    tools: &ToolSet,
) -> Dispatch {
    // Not counted as tool calls: a loop reading the clock is bounded by
    // the block's time limit.
    if !is_method && let Some(call) = host_call(function_name, args) {
        return match call {
            Ok(call) => Dispatch::Host(call),
            Err(error) => Dispatch::Raise(error),
        };
    }
    if calls_so_far > MAX_TOOL_CALLS {
        return Dispatch::Raise(MontyException::new(
            ExcType::RuntimeError,
            Some(format!(
                "more than {MAX_TOOL_CALLS} tool calls in one code block"
            )),
        ));
    }
    if !is_method && let Some(error) = rewrite::host::exception(function_name, args) {
        return Dispatch::Raise(error);
    }
    if is_method {
        return Dispatch::Raise(MontyException::new(
            ExcType::AttributeError,
            Some(format!("'{function_name}' is not available in the sandbox")),
        ));
    }
    if function_name == "final_answer" {
        let answer = args
            .first()
            .or_else(|| {
                kwargs.iter().find_map(|(key, value)| {
                    matches!(key, MontyObject::String(k) if k == "answer").then_some(value)
                })
            })
            .map_or(Value::Null, convert::to_json);
        return Dispatch::FinalAnswer(answer);
    }
    let (name, concurrent) = match function_name.strip_prefix(ASYNC_PREFIX) {
        Some(name) => (name, true),
        None => (function_name, false),
    };
    match arguments(name, args, kwargs, tools) {
        Ok(args) => Dispatch::Tool {
            name: name.to_owned(),
            args,
            concurrent,
        },
        Err(error) => Dispatch::Raise(error),
    }
}

/// The exception that ends a block at `final_answer`: nothing in the code
/// can catch it.
pub(crate) fn final_answer_exit() -> MontyException {
    MontyException::new(ExcType::SystemExit, Some("final answer".into()))
}

/// What an OS call (files, environment, clock...) gets: a refusal.
pub(crate) fn refuse_os_call(what: &str) -> MontyException {
    MontyException::new(
        ExcType::PermissionError,
        Some(format!(
            "the sandbox has no access to the host ({what}); use a tool for that"
        )),
    )
}

/// The call's positional and keyword arguments, named after the tool's
/// inputs in order.
fn arguments(
    name: &str,
    args: &[MontyObject],
    kwargs: &[(MontyObject, MontyObject)],
    tools: &ToolSet,
) -> Result<Map<String, Value>, MontyException> {
    let type_error = |message: String| MontyException::new(ExcType::TypeError, Some(message));
    let Some(tool) = tools.get(name) else {
        return Err(MontyException::new(
            ExcType::NameError,
            Some(format!("name '{name}' is not defined")),
        ));
    };
    let spec = tool.spec();
    if args.len() > spec.inputs.len() {
        return Err(type_error(format!(
            "{name}() takes {} positional arguments but {} were given",
            spec.inputs.len(),
            args.len()
        )));
    }
    let mut named = Map::new();
    for (input, value) in spec.inputs.iter().zip(args) {
        named.insert(input.name.clone(), convert::to_json(value));
    }
    for (key, value) in kwargs {
        let MontyObject::String(key) = key else {
            return Err(type_error(format!("{name}() keywords must be strings")));
        };
        if !spec.inputs.iter().any(|input| &input.name == key) {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{key}'"
            )));
        }
        if named.insert(key.clone(), convert::to_json(value)).is_some() {
            return Err(type_error(format!(
                "{name}() got multiple values for argument '{key}'"
            )));
        }
    }
    Ok(named)
}

/// A tool's outcome as the sandbox takes it: a value, or an exception the
/// code can catch (`TypeError` for a bad call, `RuntimeError` for a failure).
pub(crate) fn tool_outcome(
    result: Result<Value, ToolError>,
) -> Result<MontyObject, MontyException> {
    match result {
        Ok(value) => Ok(convert::to_python(&value)),
        Err(error @ (ToolError::InvalidArgument { .. } | ToolError::UnknownTool { .. })) => Err(
            MontyException::new(ExcType::TypeError, Some(error.to_string())),
        ),
        Err(other) => Err(MontyException::new(
            ExcType::RuntimeError,
            Some(other.to_string()),
        )),
    }
}

/// Printed output, cut to the kept size with the cut said at the end.
pub(crate) fn cut_output(mut output: String, cap: usize) -> String {
    if output.len() <= cap {
        return output;
    }
    let total = output.len();
    let mut end = cap;
    while !output.is_char_boundary(end) {
        end -= 1;
    }
    output.truncate(end);
    output.push_str(&format!("\n[output cut: {end} of {total} bytes shown]\n"));
    output
}

/// The code and inputs that define `variables` in a session: each value
/// is handed over as an input (never spliced into code) and bound to its
/// name.
pub(crate) fn variables_code(
    variables: Map<String, Value>,
) -> Result<(String, Vec<(String, MontyObject)>), super::ExecError> {
    let mut code = String::new();
    let mut inputs = Vec::new();
    for (name, value) in variables {
        if !is_identifier(&name) {
            return Err(super::ExecError::Config(format!(
                "`{name}` cannot be a Python variable name"
            )));
        }
        let input = format!("__codeact_input_{}", inputs.len());
        code.push_str(&format!("{name} = {input}\n"));
        inputs.push((input, convert::to_python(&value)));
    }
    Ok((code, inputs))
}

/// Whether `name` can be a variable the host defines.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
        && !name.starts_with("__")
}
