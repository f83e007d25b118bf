#![allow(dead_code)]
use codeact_macros::tool;

/// Fetches the weather of a city.
///
/// # Arguments
///
/// * `city` - The city's name.
#[tool]
async fn get_weather(city: String, days: Option<u32>) -> String {
    format!("{city} {days:?}")
}

/// Adds two numbers.
#[tool]
fn add(a: i64, b: i64) -> i64 {
    a + b
}

fn main() {}
