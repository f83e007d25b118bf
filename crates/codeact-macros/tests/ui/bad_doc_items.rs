#![allow(dead_code)]
use codeact_macros::tool;

/// Fetches the weather of a city.
///
/// # Arguments
///
/// * `city`
/// * the number of days ahead
#[tool]
fn get_weather(city: String, days: u32) -> String {
    format!("{city} {days}")
}

fn main() {}
