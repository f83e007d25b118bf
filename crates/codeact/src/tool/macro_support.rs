//! What the expansion of [`#[tool]`](super::tool) calls.
//!
//! Not a public API: the items here are public only because the generated
//! code of the user's crate must reach them, and they change with the macro.
//! Keeping the logic here, instead of in generated code, means it is
//! written, compiled and tested once, and the user's crate needs no
//! dependency on serde_json, schemars, async-trait or tokio of its own.

use std::any::Any;
use std::fmt::Display;
use std::future::Future;
use std::panic::AssertUnwindSafe;

pub use async_trait::async_trait;
use futures::FutureExt;
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::Serialize;
use serde::de::DeserializeOwned;
pub use serde_json::Value;
use serde_json::{Number, json};
pub use std::sync::OnceLock;

use super::validate::{self, describe, describe_value};
use super::{ToolArgs, ToolError, ToolInput, ToolSpec};

/// The input `name`, whose schema is `T`'s as deserialized.
pub fn input<T: JsonSchema + DeserializeOwned>(
    name: &str,
    description: &str,
    required: bool,
) -> ToolInput {
    let input = ToolInput::new(name, description, schema::<T>(Direction::Input));
    if required { input } else { input.optional() }
}

/// The output schema: `T`'s as serialized.
pub fn output_schema<T: JsonSchema + Serialize>() -> Value {
    schema::<T>(Direction::Output)
}

enum Direction {
    Input,
    Output,
}

/// `T`'s schema as tool-calling APIs and our validator want it: plain, with
/// every subschema inlined (no `$defs` to resolve), no `$schema` or `title`
/// boilerplate, and `{}` rather than `true` for "any value".
fn schema<T: JsonSchema>(direction: Direction) -> Value {
    let settings = SchemaSettings::draft2020_12().with(|settings| {
        settings.inline_subschemas = true;
        settings.meta_schema = None;
    });
    let settings = match direction {
        Direction::Input => settings.for_deserialize(),
        Direction::Output => settings.for_serialize(),
    };
    // `subschema_for` rather than `root_schema_for`: a root gets a `title`
    // (the Rust type's name) and a `$schema`, noise in a tool's input.
    let mut value = settings.into_generator().subschema_for::<T>().to_value();
    make_plain(&mut value);
    match value {
        Value::Bool(true) => json!({}),
        other => other,
    }
}

/// Drops what is left of schemars' output that a plain schema cannot use:
/// `$ref`s, which remain only where a type contains itself (the reference
/// becomes "any value": the type's outer levels are still described, and
/// serde checks the rest), and the Rust number formats (`uint32`, `double`),
/// which are no JSON Schema formats and which providers may refuse.
fn make_plain(schema: &mut Value) {
    let Value::Object(map) = schema else {
        return;
    };
    map.remove("$ref");
    let numeric = |kind: &Value| matches!(kind.as_str(), Some("integer" | "number"));
    let is_number = match map.get("type") {
        Some(Value::Array(kinds)) => kinds.iter().any(numeric),
        Some(kind) => numeric(kind),
        None => false,
    };
    if is_number {
        map.remove("format");
    }
    for (key, value) in map.iter_mut() {
        match key.as_str() {
            // Maps from names to schemas.
            "properties" | "patternProperties" | "$defs" | "dependentSchemas" => {
                if let Value::Object(schemas) = value {
                    schemas.values_mut().for_each(make_plain);
                }
            }
            // Data, not schemas.
            "enum" | "const" | "default" | "examples" | "required" => {}
            _ => match value {
                Value::Array(schemas) => schemas.iter_mut().for_each(make_plain),
                other => make_plain(other),
            },
        }
    }
}

/// A call's arguments on their way to the function's parameters.
pub struct Arguments<'a> {
    spec: &'a ToolSpec,
    args: ToolArgs,
}

impl<'a> Arguments<'a> {
    /// Checks `args` against `spec`, as [`ToolSet::call`](super::ToolSet::call)
    /// does, so a tool called directly refuses bad arguments in the same
    /// words.
    pub fn new(spec: &'a ToolSpec, args: ToolArgs) -> Result<Self, ToolError> {
        validate::validate(spec, &args)?;
        Ok(Self { spec, args })
    }

    /// The argument `name` as a `T`; a missing optional argument is `null`,
    /// which an `Option` reads as `None`.
    pub fn take<T: DeserializeOwned>(&mut self, name: &str) -> Result<T, ToolError> {
        let value = self.args.remove(name);
        let decoded = decode::<T>(value.as_ref().unwrap_or(&Value::Null));
        decoded.map_err(|error| {
            let schema = self
                .spec
                .inputs
                .iter()
                .find(|input| input.name == name)
                .map_or(Value::Null, |input| input.schema.clone());
            ToolError::InvalidArgument {
                tool: self.spec.name.clone(),
                argument: name.to_owned(),
                expected: format!("{} ({error})", describe(&schema)),
                got: value.as_ref().map_or_else(
                    || "nothing (the argument is missing)".to_owned(),
                    describe_value,
                ),
            }
        })
    }
}

/// Deserializes `value`; an integer written as a float (`3.0`, which the
/// validator accepts as JSON Schema does, and which a Python float becomes)
/// is read as the integer when the type wants one.
fn decode<T: DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    T::deserialize(value).or_else(|error| match integral_floats_as_integers(value) {
        Some(integers) => T::deserialize(&integers).map_err(|_| error),
        None => Err(error),
    })
}

/// `value` with every float that is a whole number in `i64`'s range made an
/// integer; `None` if there is none.
fn integral_floats_as_integers(value: &Value) -> Option<Value> {
    // Beyond 2^63 an f64 is still whole, but no integer type holds it.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    match value {
        Value::Number(number) => {
            let float = number.as_f64().filter(|_| number.is_f64())?;
            (float.fract() == 0.0 && float.abs() < LIMIT)
                .then(|| Value::Number(Number::from(float as i64)))
        }
        Value::Array(items) => {
            let converted: Vec<Option<Value>> =
                items.iter().map(integral_floats_as_integers).collect();
            converted.iter().any(Option::is_some).then(|| {
                Value::Array(
                    converted
                        .into_iter()
                        .zip(items)
                        .map(|(new, old)| new.unwrap_or_else(|| old.clone()))
                        .collect(),
                )
            })
        }
        Value::Object(fields) => {
            let mut changed = false;
            let converted = fields
                .iter()
                .map(|(key, old)| {
                    let new = integral_floats_as_integers(old);
                    changed |= new.is_some();
                    (key.clone(), new.unwrap_or_else(|| old.clone()))
                })
                .collect();
            changed.then_some(Value::Object(converted))
        }
        _ => None,
    }
}

/// Runs a sync tool function on tokio's blocking threads, so a tool that
/// blocks (file I/O, a heavy computation, a blocking client) never stalls
/// the runtime's workers. A panic becomes a failure of the tool.
///
/// Dropping the returned future does not stop the function: a blocking
/// thread cannot be interrupted, so it runs to the end and its result is
/// dropped.
pub async fn run_blocking<F, T>(tool: &str, function: F) -> Result<T, ToolError>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) => {
            runtime
                .spawn_blocking(function)
                .await
                .map_err(|error| match error.try_into_panic() {
                    Ok(panic) => panicked(tool, panic.as_ref()),
                    // Not a panic: the runtime is shutting down.
                    Err(_) => ToolError::Cancelled(tool.to_owned()),
                })
        }
        // Polled by some other executor, outside any tokio runtime: there
        // are no runtime workers to stall, so the function runs here.
        Err(_) => std::panic::catch_unwind(AssertUnwindSafe(function))
            .map_err(|panic| panicked(tool, panic.as_ref())),
    }
}

/// Awaits an async tool function; a panic becomes a failure of the tool
/// rather than taking down the agent's run.
pub async fn run_async<F: Future>(tool: &str, future: F) -> Result<F::Output, ToolError> {
    AssertUnwindSafe(future)
        .catch_unwind()
        .await
        .map_err(|panic| panicked(tool, panic.as_ref()))
}

/// An `Err` of the function as a tool failure, its message formatted with
/// `{:#}` (so an `anyhow::Error` shows its chain of causes); a [`ToolError`]
/// is passed on as it is.
pub fn fallible<T, E: Display + 'static>(tool: &str, result: Result<T, E>) -> Result<T, ToolError> {
    result.map_err(
        |error| match (&error as &dyn Any).downcast_ref::<ToolError>() {
            Some(tool_error) => tool_error.clone(),
            None => ToolError::failed(tool, format!("{error:#}")),
        },
    )
}

/// The function's value as the call's JSON result.
pub fn output<T: Serialize>(tool: &str, value: T) -> Result<Value, ToolError> {
    serde_json::to_value(value).map_err(|error| {
        ToolError::failed(
            tool,
            format!("the result cannot be turned into JSON: {error}"),
        )
    })
}

fn panicked(tool: &str, panic: &(dyn Any + Send)) -> ToolError {
    let message = panic
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned());
    ToolError::failed(tool, format!("panicked: {message}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_floats_become_integers_only_where_they_are() {
        assert_eq!(
            integral_floats_as_integers(&json!({"a": [1.0, 2.5, "x"], "b": 3})),
            Some(json!({"a": [1, 2.5, "x"], "b": 3}))
        );
        assert_eq!(integral_floats_as_integers(&json!([2.5, 1, "x"])), None);
        assert_eq!(integral_floats_as_integers(&json!(1e300)), None);
    }

    #[test]
    fn an_integer_sent_as_a_float_is_read() {
        assert_eq!(decode::<u32>(&json!(3.0)).ok(), Some(3));
        assert_eq!(
            decode::<Vec<i64>>(&json!([1.0, -2.0])).ok(),
            Some(vec![1, -2])
        );
        assert_eq!(decode::<f64>(&json!(3.0)).ok(), Some(3.0));
        let error = decode::<u32>(&json!(2.5)).unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid type: floating point `2.5`, expected u32"
        );
    }

    #[test]
    fn references_and_number_formats_are_dropped() {
        let mut schema = json!({
            "type": "object",
            "properties": {
                "format": {"type": "string", "format": "date"},
                "count": {"type": ["integer", "null"], "format": "uint32", "minimum": 0},
                "children": {"type": "array", "items": {"$ref": "#/$defs/Node", "description": "A node."}}
            },
            "enum": [{"$ref": "data, not a schema"}]
        });
        make_plain(&mut schema);
        assert_eq!(
            schema,
            json!({
                "type": "object",
                "properties": {
                    "format": {"type": "string", "format": "date"},
                    "count": {"type": ["integer", "null"], "minimum": 0},
                    "children": {"type": "array", "items": {"description": "A node."}}
                },
                "enum": [{"$ref": "data, not a schema"}]
            })
        );
    }

    #[test]
    fn a_tool_error_returned_by_the_function_is_kept() {
        let kept = fallible::<(), _>("t", Err(ToolError::Cancelled("t".into())));
        assert_eq!(kept, Err(ToolError::Cancelled("t".into())));
        let wrapped = fallible::<(), _>("t", Err("no network"));
        assert_eq!(wrapped, Err(ToolError::failed("t", "no network")));
    }

    #[test]
    fn a_sync_function_runs_outside_tokio_too() {
        let out = futures::executor::block_on(run_blocking("t", || 6 * 7));
        assert_eq!(out, Ok(42));
        let panic = futures::executor::block_on(run_blocking("t", || -> u8 { panic!("boom") }));
        assert_eq!(panic, Err(ToolError::failed("t", "panicked: boom")));
    }
}
