//! Faults the server injects on demand.

use std::str::FromStr;

/// Something going wrong with one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// An error status with a JSON error body and, if given, a `Retry-After`
    /// header (seconds, or an HTTP date, verbatim).
    Status {
        /// The HTTP status, for example 429 or 503.
        status: u16,
        /// The `Retry-After` value.
        retry_after: Option<String>,
    },
    /// Never answers (until the server's lifetime ends): for timeouts.
    Hang,
    /// Closes the connection without a response.
    Drop,
    /// A 200 whose body is not JSON.
    Malformed,
    /// A 200 with an empty `choices` list.
    EmptyChoices,
    /// A stream that stops, connection dropped, after this many chunks.
    CutStream(usize),
}

/// A fault description that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown fault `{0}`; use a status (`429`, `503:retry=2`), `hang`, `drop`, `malformed`, `empty` or `cut:N`"
)]
pub struct BadFault(pub String);

impl FromStr for Fault {
    type Err = BadFault;

    /// `429`, `429:retry=1`, `503`, `hang`, `drop`, `malformed`, `empty`,
    /// `cut:3`.
    ///
    /// ```
    /// use codeact_mock::Fault;
    /// assert_eq!("429:retry=1".parse(), Ok(Fault::Status { status: 429, retry_after: Some("1".into()) }));
    /// assert_eq!("cut:2".parse(), Ok(Fault::CutStream(2)));
    /// ```
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let bad = || BadFault(text.to_owned());
        match text {
            "hang" => return Ok(Self::Hang),
            "drop" => return Ok(Self::Drop),
            "malformed" => return Ok(Self::Malformed),
            "empty" => return Ok(Self::EmptyChoices),
            _ => {}
        }
        if let Some(n) = text.strip_prefix("cut:") {
            return n.parse().map(Self::CutStream).map_err(|_| bad());
        }
        let (status, rest) = text
            .split_once(':')
            .map_or((text, None), |(s, r)| (s, Some(r)));
        let status: u16 = status.parse().map_err(|_| bad())?;
        if !(400..600).contains(&status) {
            return Err(bad());
        }
        let retry_after = match rest {
            None => None,
            Some(rest) => Some(rest.strip_prefix("retry=").ok_or_else(bad)?.to_owned()),
        };
        Ok(Self::Status {
            status,
            retry_after,
        })
    }
}

/// Parses a comma-separated list of faults (the `x-mock-fault` header).
pub fn parse_list(text: &str) -> Result<Vec<Fault>, BadFault> {
    text.split(',')
        .filter(|s| !s.trim().is_empty())
        .map(str::parse)
        .collect()
}
