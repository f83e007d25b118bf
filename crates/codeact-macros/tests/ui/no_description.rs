#![allow(dead_code)]
use codeact_macros::tool;

#[tool]
fn ping() -> String {
    "pong".into()
}

/// # Arguments
///
/// * `city` - The city's name.
#[tool]
fn get_weather(city: String) -> String {
    city
}

fn main() {}
