//! `#[tool]`: documented functions, sync and async, become tools whose
//! specs, argument checks, errors and scheduling are what the docs promise;
//! and the tools work from real Python in the sandbox.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use codeact::exec::{CodeExecutor, InProcessExecutor, SandboxConfig};
use codeact::tool::{Tool, ToolArgs, ToolError, ToolSet, tool};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// A place on the map.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
struct Place {
    /// Latitude, in degrees.
    lat: f64,
    /// Longitude, in degrees.
    lon: f64,
    /// What to call it.
    label: Option<String>,
}

/// A planned trip.
#[derive(Debug, Serialize, JsonSchema)]
struct Plan {
    /// Where to.
    city: String,
    /// What it costs, in euros.
    cost: f64,
}

#[derive(Debug, thiserror::Error)]
#[error("no hotel in {0}")]
struct NoHotel(String);

/// Plans a trip to a city.
///
/// Everything after the first paragraph is for Rust readers only.
///
/// # Arguments
///
/// * `city` - The city's English name.
/// * `nights` - How many nights to stay.
/// - `budget`: The budget, in euros.
/// * pets: Whether pets come along.
/// * `stops` - Places to see on the way,
///   in visiting order.
/// * `tags` - Labels for the booking.
/// * `start` - Where the trip starts.
/// * `note` - A note for the hotel.
///
/// # Errors
///
/// When there is no hotel in the city.
#[tool]
// A tool takes what the model passes; one input per kind of schema here.
#[allow(clippy::too_many_arguments)]
async fn plan_trip(
    city: String,
    nights: u32,
    budget: f64,
    pets: bool,
    stops: Vec<String>,
    tags: BTreeMap<String, String>,
    start: Place,
    note: Option<String>,
) -> Result<Plan, NoHotel> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if city == "Atlantis" {
        return Err(NoHotel(city));
    }
    let extras = stops.len() as f64 * 10.0 + tags.len() as f64 + f64::from(u8::from(pets));
    let from_far = if start.lat < 0.0 { 100.0 } else { 0.0 };
    let noted = if note.is_some() { 1.0 } else { 0.0 };
    Ok(Plan {
        city,
        cost: (f64::from(nights) * 80.0 + extras + from_far + noted).min(budget),
    })
}

/// Adds two integers.
///
/// # Args
///
/// - a: The first one.
/// - b: The second one.
#[tool]
fn add(a: i64, b: i64) -> i64 {
    a + b
}

fn args(value: Value) -> ToolArgs {
    value.as_object().cloned().unwrap_or_default()
}

fn trip_args() -> Value {
    json!({
        "city": "Paris",
        "nights": 2,
        "budget": 1000.0,
        "pets": true,
        "stops": ["Reims"],
        "tags": {"kind": "work"},
        "start": {"lat": 48.0, "lon": 2.0},
    })
}

#[test]
fn a_documented_async_tool_has_the_expected_spec() {
    let spec = serde_json::to_value(PlanTrip.spec()).expect("a spec is JSON");
    let place = json!({
        "description": "A place on the map.",
        "type": "object",
        "properties": {
            "lat": {"description": "Latitude, in degrees.", "type": "number"},
            "lon": {"description": "Longitude, in degrees.", "type": "number"},
            "label": {"description": "What to call it.", "type": ["string", "null"]},
        },
        "required": ["lat", "lon"],
    });
    assert_eq!(
        spec,
        json!({
            "name": "plan_trip",
            "description": "Plans a trip to a city.",
            "inputs": [
                {"name": "city", "description": "The city's English name.",
                 "schema": {"type": "string"}, "required": true},
                {"name": "nights", "description": "How many nights to stay.",
                 "schema": {"type": "integer", "minimum": 0}, "required": true},
                {"name": "budget", "description": "The budget, in euros.",
                 "schema": {"type": "number"}, "required": true},
                {"name": "pets", "description": "Whether pets come along.",
                 "schema": {"type": "boolean"}, "required": true},
                {"name": "stops", "description": "Places to see on the way, in visiting order.",
                 "schema": {"type": "array", "items": {"type": "string"}}, "required": true},
                {"name": "tags", "description": "Labels for the booking.",
                 "schema": {"type": "object", "additionalProperties": {"type": "string"}},
                 "required": true},
                {"name": "start", "description": "Where the trip starts.",
                 "schema": place, "required": true},
                {"name": "note", "description": "A note for the hotel.",
                 "schema": {"type": ["string", "null"]}, "required": false},
            ],
            "output": {
                "description": "A planned trip.",
                "type": "object",
                "properties": {
                    "city": {"description": "Where to.", "type": "string"},
                    "cost": {"description": "What it costs, in euros.", "type": "number"},
                },
                "required": ["city", "cost"],
            },
        })
    );
    assert_eq!(
        PlanTrip.spec().python_signature().lines().next(),
        Some(
            "def plan_trip(city: str, nights: int, budget: float, pets: bool, stops: list[str], \
             tags: dict, start: dict, note: str | None = None) -> dict:"
        )
    );
}

#[test]
fn a_sync_tool_has_the_expected_spec() {
    assert_eq!(
        serde_json::to_value(Add.spec()).expect("a spec is JSON"),
        json!({
            "name": "add",
            "description": "Adds two integers.",
            "inputs": [
                {"name": "a", "description": "The first one.",
                 "schema": {"type": "integer"}, "required": true},
                {"name": "b", "description": "The second one.",
                 "schema": {"type": "integer"}, "required": true},
            ],
            "output": {"type": "integer"},
        })
    );
    // The function itself is still a plain Rust function.
    assert_eq!(add(2, 3), 5);
}

#[tokio::test]
async fn a_good_call_returns_the_serialized_value() {
    let tools = ToolSet::new([Arc::new(PlanTrip) as Arc<dyn Tool>]).expect("one tool");
    let plan = tools.call("plan_trip", args(trip_args())).await;
    assert_eq!(plan, Ok(json!({"city": "Paris", "cost": 172.0})));

    // The optional input may be null or given; `nights` may come as 2.0.
    let mut call = trip_args();
    call["note"] = json!("late arrival");
    call["nights"] = json!(2.0);
    let plan = tools.call("plan_trip", args(call.clone())).await;
    assert_eq!(plan, Ok(json!({"city": "Paris", "cost": 173.0})));
    call["note"] = Value::Null;
    let plan = tools.call("plan_trip", args(call)).await;
    assert_eq!(plan, Ok(json!({"city": "Paris", "cost": 172.0})));
}

#[tokio::test]
async fn a_missing_argument_is_named() {
    let tools = ToolSet::new([Arc::new(PlanTrip) as Arc<dyn Tool>]).expect("one tool");
    let mut call = trip_args();
    call.as_object_mut().map(|o| o.remove("nights"));
    let err = tools.call("plan_trip", args(call.clone())).await;
    assert_eq!(
        err,
        Err(ToolError::InvalidArgument {
            tool: "plan_trip".into(),
            argument: "nights".into(),
            expected: "an integer".into(),
            got: "nothing (the argument is missing)".into(),
        })
    );
    // Called directly, without the ToolSet's check, the tool says the same.
    assert_eq!(PlanTrip.call(args(call)).await, err);
}

#[tokio::test]
async fn a_mistyped_argument_is_named() {
    let tools = ToolSet::new([Arc::new(PlanTrip) as Arc<dyn Tool>]).expect("one tool");
    let mut call = trip_args();
    call["pets"] = json!("yes");
    let err = tools.call("plan_trip", args(call.clone())).await;
    assert_eq!(
        err,
        Err(ToolError::InvalidArgument {
            tool: "plan_trip".into(),
            argument: "pets".into(),
            expected: "a boolean".into(),
            got: "a string (\"yes\")".into(),
        })
    );
    assert_eq!(PlanTrip.call(args(call)).await, err);

    let mut call = trip_args();
    call["start"] = json!({"lat": 1.0, "lon": "east"});
    let err = tools.call("plan_trip", args(call)).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad argument `start.lon` for tool `plan_trip`: expected a number, got a string (\"east\")"
    );
}

#[tokio::test]
async fn a_value_the_schema_allows_but_the_type_does_not_is_named() {
    // The validator checks JSON types, not bounds: serde refuses -1 for a
    // u32, and the error still names the argument.
    let mut call = trip_args();
    call["nights"] = json!(-1);
    let err = PlanTrip.call(args(call)).await;
    assert_eq!(
        err,
        Err(ToolError::InvalidArgument {
            tool: "plan_trip".into(),
            argument: "nights".into(),
            expected: "an integer (invalid value: integer `-1`, expected u32)".into(),
            got: "an integer (-1)".into(),
        })
    );
}

#[tokio::test]
async fn an_err_is_a_tool_failure() {
    let mut call = trip_args();
    call["city"] = json!("Atlantis");
    assert_eq!(
        PlanTrip.call(args(call)).await,
        Err(ToolError::Failed {
            tool: "plan_trip".into(),
            message: "no hotel in Atlantis".into(),
        })
    );
}

/// Looks a word up.
///
/// # Arguments
///
/// * `word` - The word.
#[tool(
    name = "define",
    description = "Defines a word.",
    struct_name = "Dictionary"
)]
pub fn lookup(word: String) -> Result<String, ToolError> {
    match word.as_str() {
        "tool" => Ok("a thing that helps".into()),
        "panic" => panic!("the dictionary is on fire"),
        _ => Err(ToolError::InvalidArgument {
            tool: "define".into(),
            argument: "word".into(),
            expected: "a word of the dictionary".into(),
            got: format!("{word:?}"),
        }),
    }
}

#[tokio::test]
async fn options_rename_redescribe_and_a_tool_error_passes_through() {
    let spec = Dictionary.spec();
    assert_eq!(spec.name, "define");
    assert_eq!(spec.description, "Defines a word.");
    assert_eq!(spec.output, json!({"type": "string"}));
    let tools = ToolSet::new([Arc::new(Dictionary) as Arc<dyn Tool>]).expect("one tool");
    assert_eq!(
        tools.call("define", args(json!({"word": "tool"}))).await,
        Ok(json!("a thing that helps"))
    );
    let err = tools.call("define", args(json!({"word": "zzz"}))).await;
    assert_eq!(
        err.map_err(|e| e.to_string()),
        Err(
            "bad argument `word` for tool `define`: expected a word of the dictionary, got \"zzz\""
                .into()
        )
    );
}

#[tokio::test]
async fn a_panicking_tool_fails_instead_of_crashing_the_run() {
    let err = Dictionary.call(args(json!({"word": "panic"}))).await;
    assert_eq!(
        err,
        Err(ToolError::failed(
            "define",
            "panicked: the dictionary is on fire"
        ))
    );
}

mod renamed {
    use codeact as agents;

    /// Says nothing.
    #[agents::tool::tool(crate = "agents")]
    pub async fn noop() {}
}

#[tokio::test]
async fn a_unit_tool_outputs_null_and_the_crate_path_can_be_renamed() {
    use renamed::Noop;
    assert_eq!(Noop.spec().output, json!({"type": "null"}));
    assert_eq!(
        Noop.spec().python_signature(),
        "def noop() -> None:\n    \"\"\"Says nothing.\n    \"\"\""
    );
    assert_eq!(Noop.call(ToolArgs::new()).await, Ok(Value::Null));
    let err = Noop.call(args(json!({"x": 1}))).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad argument `x` for tool `noop`: expected no arguments, got an argument the tool does not take"
    );
}

/// The calls of [`nap`] in flight, and the ticker's count.
static NAPPING: AtomicUsize = AtomicUsize::new(0);
static TICKS: AtomicUsize = AtomicUsize::new(0);

/// Waits (blocking its thread) until eight naps are in flight, then sleeps
/// 200 ms; returns whether all eight were seen at once and how many ticks
/// the ticker made during the sleep.
///
/// # Arguments
///
/// * `id` - Which nap this is.
#[tool]
fn nap(id: u32) -> (u32, bool, usize) {
    NAPPING.fetch_add(1, Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_secs(5);
    while NAPPING.load(Ordering::SeqCst) < 8 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    let all_at_once = NAPPING.load(Ordering::SeqCst) >= 8;
    let before = TICKS.load(Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(200));
    let during = TICKS.load(Ordering::SeqCst) - before;
    (id, all_at_once, during)
}

// A current-thread runtime: had a sync tool run on the runtime's one
// thread, no other task could move while it sleeps.
#[tokio::test(flavor = "current_thread")]
async fn blocking_sync_tools_do_not_stall_the_runtime() {
    let stop = Arc::new(AtomicBool::new(false));
    let ticker = tokio::spawn({
        let stop = stop.clone();
        async move {
            while !stop.load(Ordering::SeqCst) {
                TICKS.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
    });
    let tools = ToolSet::new([Arc::new(Nap) as Arc<dyn Tool>]).expect("one tool");
    let calls = (0..8).map(|id| tools.call("nap", args(json!({"id": id}))));
    let results = futures::future::join_all(calls).await;
    stop.store(true, Ordering::SeqCst);
    ticker.await.expect("the ticker ends");

    for (id, result) in results.into_iter().enumerate() {
        let value = result.expect("a nap succeeds");
        assert_eq!(value[0], json!(id), "results come back in call order");
        assert_eq!(value[1], json!(true), "the eight naps ran at the same time");
        assert!(
            value[2].as_u64().is_some_and(|ticks| ticks > 0),
            "the ticker moved while nap {id} slept: {value}"
        );
    }
}

/// Says how far a place is from the equator, in degrees of latitude.
///
/// # Arguments
///
/// * `place` - The place.
#[tool]
fn from_equator(place: Place) -> f64 {
    place.lat.abs()
}

#[tokio::test]
async fn tools_are_plain_functions_in_the_sandbox() {
    let tools = ToolSet::new([
        Arc::new(PlanTrip) as Arc<dyn Tool>,
        Arc::new(Add),
        Arc::new(FromEquator),
        Arc::new(Dictionary),
    ])
    .expect("distinct names");
    let mut session = InProcessExecutor::new(SandboxConfig::default());
    let code = "\
plan = plan_trip('Paris', 2, 1000.0, False, [], {}, {'lat': -10.0, 'lon': 0.5}, note=None)
total = add(2, 3.0)
far = from_equator({'lat': -33.9, 'lon': 18.4, 'label': 'Cape Town'})
try:
    plan_trip('Atlantis', 1, 10.0, False, [], {}, {'lat': 0.0, 'lon': 0.0})
except Exception as e:
    print('caught:', e)
print(plan['cost'], total, far, define('tool'))
";
    let out = session
        .execute(code, &tools)
        .await
        .expect("the executor runs");
    assert_eq!(out.error, None, "{}", out.output);
    assert_eq!(
        out.output,
        "caught: tool `plan_trip` failed: no hotel in Atlantis\n260.0 5 33.9 a thing that helps\n"
    );

    let bad = session
        .execute("add(1, 'two')", &tools)
        .await
        .expect("the executor runs");
    let error = bad.error.expect("a bad argument is a Python error");
    assert!(
        error.message.contains("bad argument `b` for tool `add`"),
        "{}",
        error.message
    );
}
