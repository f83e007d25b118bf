//! The server's own rate limit: GCRA (a leaky bucket kept as one
//! timestamp), which admits a steady `rpm` with a burst of one. A request
//! may arrive up to half an interval early: clients that space requests
//! exactly would otherwise be refused for a millisecond of network jitter.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Requests-per-minute enforcement.
#[derive(Debug)]
pub struct Gcra {
    interval: Duration,
    /// The theoretical arrival time of the next request.
    next: Mutex<Option<Instant>>,
}

impl Gcra {
    /// A limiter admitting `per_minute` requests a minute, evenly spaced.
    pub fn new(per_minute: u32) -> Self {
        Self {
            interval: Duration::from_secs(60) / per_minute.max(1),
            next: Mutex::new(None),
        }
    }

    /// Admits the request, or says how long until it would be admitted.
    pub fn check(&self, now: Instant) -> Result<(), Duration> {
        // A poisoned lock only means a panic elsewhere; the timestamp is
        // still a valid timestamp.
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        let tat = next.unwrap_or(now).max(now);
        if tat > now + self.interval / 2 {
            return Err(tat - now);
        }
        *next = Some(tat + self.interval);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admits_evenly_spaced_requests_only() {
        let limiter = Gcra::new(60);
        let start = Instant::now();
        assert_eq!(limiter.check(start), Ok(()));
        assert_eq!(
            limiter.check(start + Duration::from_millis(400)),
            Err(Duration::from_millis(600))
        );
        assert_eq!(limiter.check(start + Duration::from_millis(500)), Ok(()));
        assert!(limiter.check(start + Duration::from_millis(900)).is_err());
        assert_eq!(limiter.check(start + Duration::from_millis(1600)), Ok(()));
    }
}
