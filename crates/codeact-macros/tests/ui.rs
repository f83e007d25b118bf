//! The macro's compile errors, each checked against the exact message and
//! span rustc shows (`tests/ui/*.stderr`).
//!
//! These cases depend on codeact-macros only: a failed expansion emits the
//! function and `compile_error!`s, nothing from codeact, so trybuild never
//! has to build codeact and its interpreter.

#[test]
fn compile_errors_point_at_the_offending_span() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
