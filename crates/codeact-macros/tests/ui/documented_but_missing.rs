#![allow(dead_code)]
use codeact_macros::tool;

/// Fetches the weather of a city.
///
/// # Arguments
///
/// * `city` - The city's name.
/// * `country` - The country it is in.
#[tool]
fn get_weather(city: String) -> String {
    city
}

fn main() {}
