def make_rate_limiter(max_calls, window):
    calls = []

    def allow(timestamp):
        while calls and calls[0] <= timestamp - window:
            calls.pop(0)
        if len(calls) < max_calls:
            calls.append(timestamp)
            return True
        return False

    return allow


limiter = make_rate_limiter(max_calls=3, window=10)
events = [0, 1, 2, 3, 9, 10, 11, 12, 13, 25]
decisions = [(t, limiter(t)) for t in events]
for t, ok in decisions:
    print(f"t={t:>2}: {'allowed' if ok else 'throttled'}")
print("allowed:", sum(ok for _, ok in decisions), "of", len(events))
