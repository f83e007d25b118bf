#![allow(dead_code)]
use codeact_macros::tool;

/// Adds a point's coordinates.
///
/// # Arguments
///
/// * `point` - The point.
#[tool]
fn sum((x, y): (i64, i64)) -> i64 {
    x + y
}

/// Echoes.
///
/// # Arguments
///
/// * `value` - The value.
#[tool]
fn echo<T: Clone>(value: T) -> T {
    value
}

/// Frees memory.
#[tool]
unsafe fn free() {}

struct Counter;

impl Counter {
    /// Counts.
    #[tool]
    fn count(&self) -> u32 {
        0
    }
}

/// Types.
///
/// # Arguments
///
/// * `from` - Where from.
#[tool]
fn lambda(from: String) -> String {
    from
}

fn main() {}
