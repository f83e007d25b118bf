#![allow(dead_code)]
use codeact_macros::tool;

/// Greets.
///
/// # Arguments
///
/// * `name` - Who.
/// * `greeting` - How.
/// * `callback` - What then.
#[tool]
fn greet(name: impl Into<String>, greeting: Box<dyn std::fmt::Display>, callback: fn()) -> impl std::fmt::Display {
    callback();
    format!("{greeting} {}", name.into())
}

/// Says hello.
///
/// # Arguments
///
/// * `who` - Who.
#[tool]
fn hello(who: std::borrow::Cow<'_, str>) -> Result<String, String> {
    Ok(who.into_owned())
}

fn main() {}
