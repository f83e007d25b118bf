//! The `math` functions whose values monty 0.0.23 computes differently
//! from CPython, computed the way CPython does, on the host.
//!
//! CPython's `math.cbrt`, `asinh`, `acosh`, `atanh`, `erf` and `erfc` are
//! the C library's; monty's come from a Rust port of another libm and
//! differ in the last bit for a tenth to a half of the arguments (measured
//! on 2,000 arguments each). The host calls the C library the process
//! links, as CPython does. `gamma` and `lgamma` are CPython's own (the
//! Lanczos approximation of `Modules/mathmodule.c`), written out below with
//! its parameters, so they round as CPython's do on every platform.
//!
//! Only values: the sandbox's `math` module first calls monty's function,
//! which raises CPython's errors for arguments of the wrong type or outside
//! the domain, and asks the host only for arguments it accepted.

// The constants are written with the digits they are published with; each
// becomes the nearest double, as in C.
#![allow(clippy::excessive_precision)]

/// The C library's functions, looked up in the process's libm by name:
/// linking them by name could bind the Rust runtime's own copies instead
/// (it carries a `cbrt`, which is not the C library's).
mod c {
    use std::sync::OnceLock;

    type Function = extern "C" fn(f64) -> f64;

    /// The names, as `value` indexes them.
    pub(super) const NAMES: [&std::ffi::CStr; 6] =
        [c"cbrt", c"asinh", c"acosh", c"atanh", c"erf", c"erfc"];

    /// The function at `index` of [`NAMES`], or `None` where the C library
    /// cannot be found.
    pub(super) fn function(index: usize) -> Option<Function> {
        static FUNCTIONS: OnceLock<[Option<Function>; 6]> = OnceLock::new();
        FUNCTIONS.get_or_init(look_up).get(index).copied().flatten()
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn look_up() -> [Option<Function>; 6] {
        // SAFETY: dlopen and dlsym take NUL-terminated names (CStr); a
        // non-null symbol of these names in libm is the C99 function
        // `double name(double)`, which is what `Function` declares, and the
        // handle is never closed, so the functions stay mapped.
        unsafe {
            let library = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW);
            if library.is_null() {
                return [None; 6];
            }
            NAMES.map(|name| {
                let symbol = libc::dlsym(library, name.as_ptr());
                (!symbol.is_null())
                    .then(|| std::mem::transmute::<*mut libc::c_void, Function>(symbol))
            })
        }
    }

    /// Elsewhere monty's values stand.
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    fn look_up() -> [Option<Function>; 6] {
        [None; 6]
    }
}

/// The C library's `hypot`, which CPython's `abs()` of a complex number
/// calls (its `math.hypot` is its own); `None` where it cannot be found.
pub(crate) fn c_hypot(x: f64, y: f64) -> Option<f64> {
    type Hypot = extern "C" fn(f64, f64) -> f64;
    static HYPOT: std::sync::OnceLock<Option<Hypot>> = std::sync::OnceLock::new();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn look_up() -> Option<Hypot> {
        // SAFETY: as in `c::look_up`: NUL-terminated names, and a non-null
        // `hypot` in libm is the C99 `double hypot(double, double)`; the
        // handle is never closed.
        unsafe {
            let library = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW);
            if library.is_null() {
                return None;
            }
            let symbol = libc::dlsym(library, c"hypot".as_ptr());
            (!symbol.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, Hypot>(symbol))
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    fn look_up() -> Option<Hypot> {
        None
    }
    HYPOT.get_or_init(look_up).map(|hypot| hypot(x, y))
}

/// The names the host answers.
pub(crate) const NAMES: &[&str] = &[
    "cbrt", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma",
];

/// The value of the function `name` at `x`, or `None` when `name` is not
/// one of [`NAMES`] or the C library's function cannot be found.
pub(crate) fn value(name: &str, x: f64) -> Option<f64> {
    match name {
        "gamma" => Some(gamma(x)),
        "lgamma" => Some(lgamma(x)),
        _ => {
            let index = c::NAMES
                .iter()
                .position(|c| c.to_bytes() == name.as_bytes())?;
            c::function(index).map(|function| function(x))
        }
    }
}

/// The Lanczos approximation's parameters: N = 13 and this g, as in Boost
/// and CPython, with the sum written as a rational function of x.
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const NUMERATOR: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
/// The denominator, x (x + 1) ... (x + 11), by powers of x.
const DENOMINATOR: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// The rational function for positive x, in 1/x past 5 (where the powers
/// of x would overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut numerator, mut denominator) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in NUMERATOR.iter().zip(&DENOMINATOR).rev() {
            numerator = numerator * x + n;
            denominator = denominator * x + d;
        }
    } else {
        for (n, d) in NUMERATOR.iter().zip(&DENOMINATOR) {
            numerator = numerator / x + n;
            denominator = denominator / x + d;
        }
    }
    numerator / denominator
}

/// sin(pi x) for finite x, exact at the integers and half-integers (the
/// reflection formula needs it there).
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    // round() rounds halves away from zero, as C's does.
    let r = match (2.0 * y).round() as u8 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(pi (y - 1)), which is -0.0 at y = 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0_f64.copysign(x) * r
}

/// Gamma(n) for n = 1 ..= 23, exact in a double.
const FACTORIALS: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362_880.0,
    3_628_800.0,
    39_916_800.0,
    479_001_600.0,
    6_227_020_800.0,
    87_178_291_200.0,
    1_307_674_368_000.0,
    20_922_789_888_000.0,
    355_687_428_096_000.0,
    6_402_373_705_728_000.0,
    121_645_100_408_832_000.0,
    2_432_902_008_176_640_000.0,
    51_090_942_171_709_440_000.0,
    1_124_000_727_777_607_680_000.0,
];

/// Gamma(x) as CPython computes it (the caller has refused the poles and
/// the negative integers).
fn gamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x > 0.0 { x } else { f64::NAN };
    }
    if x == 0.0 {
        return f64::INFINITY.copysign(x);
    }
    if x == x.floor() {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= 23.0 {
            return FACTORIALS[x as usize - 1];
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sin_pi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, which the result is corrected for: (y - absx)
    // - (g - 1/2) is not 0 when y is not exact.
    let error = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = error * LANCZOS_G / y;
    if x < 0.0 {
        let mut r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            // In two halves, which do not overflow where the whole does.
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
        r
    }
}

/// log |Gamma(x)| as CPython computes it.
fn lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::INFINITY } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_exact_and_names_outside_the_list_get_none() {
        assert_eq!(value("gamma", 5.0), Some(24.0));
        assert_eq!(value("lgamma", 2.0), Some(0.0));
        assert_eq!(value("cbrt", -8.0), Some(-2.0));
        assert_eq!(value("erf", 0.0), Some(0.0));
        assert_eq!(value("sqrt", 4.0), None);
    }

    #[test]
    fn the_reflection_formula_takes_negative_arguments() {
        // Gamma(-0.5) = -2 sqrt(pi).
        let expected = -2.0 * std::f64::consts::PI.sqrt();
        assert!((gamma(-0.5) - expected).abs() < 1e-15);
        assert!((lgamma(-0.5) - expected.abs().ln()).abs() < 1e-15);
        assert!(gamma(-3.0).is_nan());
    }
}
