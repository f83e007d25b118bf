//! Values across the sandbox boundary: JSON (what tools take and give) to
//! Python objects and back.

use monty_types::MontyObject;
use serde_json::{Map, Number, Value};

/// A JSON value as the Python object code would expect: objects become
/// dicts, arrays lists, numbers `int` when whole.
pub(crate) fn to_python(value: &Value) -> MontyObject {
    match value {
        Value::Null => MontyObject::None,
        Value::Bool(b) => MontyObject::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => MontyObject::Int(i),
            // u64 beyond i64 and every fraction: a float, as json.loads would
            // give for the latter (the former is rare enough for a float).
            None => MontyObject::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => MontyObject::String(s.clone()),
        Value::Array(items) => MontyObject::List(items.iter().map(to_python).collect()),
        Value::Object(fields) => MontyObject::dict(
            fields
                .iter()
                .map(|(k, v)| (MontyObject::String(k.clone()), to_python(v)))
                .collect::<Vec<_>>(),
        ),
    }
}

/// A Python object as JSON, for tools and final answers. What JSON cannot
/// hold (dates, sets, big integers, objects) keeps its meaning as text.
pub(crate) fn to_json(object: &MontyObject) -> Value {
    match object {
        MontyObject::None => Value::Null,
        MontyObject::Bool(b) => Value::Bool(*b),
        MontyObject::Int(i) => Value::Number((*i).into()),
        MontyObject::Float(f) => Number::from_f64(*f).map_or_else(
            // NaN and infinities have no JSON form; Python spells them so.
            || Value::String(object.py_repr()),
            Value::Number,
        ),
        MontyObject::String(s) => Value::String(s.clone()),
        MontyObject::List(items)
        | MontyObject::Tuple(items)
        | MontyObject::Set(items)
        | MontyObject::FrozenSet(items) => Value::Array(items.iter().map(to_json).collect()),
        MontyObject::NamedTuple { values, .. } => {
            Value::Array(values.iter().map(to_json).collect())
        }
        MontyObject::Dict(pairs) => {
            let mut fields = Map::new();
            for (key, value) in pairs {
                let key = match key {
                    MontyObject::String(s) => s.clone(),
                    other => plain_text(other),
                };
                fields.insert(key, to_json(value));
            }
            Value::Object(fields)
        }
        other => Value::String(plain_text(other)),
    }
}

/// What `str(obj)` would show for the values whose `str` differs from
/// their `repr` in ways a reader cares about.
fn plain_text(object: &MontyObject) -> String {
    match object {
        MontyObject::String(s) => s.clone(),
        MontyObject::BigInt(i) => i.to_string(),
        other => other.py_repr(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_round_trips_through_python_objects() {
        let value = json!({"a": [1, 2.5, "x", null, true], "b": {"c": -3}});
        assert_eq!(to_json(&to_python(&value)), value);
    }

    #[test]
    fn tuples_and_sets_become_arrays_and_nan_becomes_text() {
        let tuple = MontyObject::Tuple(vec![MontyObject::Int(1), MontyObject::Float(f64::NAN)]);
        assert_eq!(to_json(&tuple), json!([1, "nan"]));
    }
}
