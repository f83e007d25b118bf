class TransientError(Exception):
    pass


attempt_log = []


def make_flaky(failures_before_success):
    calls = {"n": 0}

    def fetch():
        calls["n"] += 1
        if calls["n"] <= failures_before_success:
            raise TransientError(f"attempt {calls['n']} timed out")
        return f"data after {calls['n']} calls"

    return fetch


def with_retries(func, max_attempts=3, base_delay=0.5):
    delay = base_delay
    for attempt in range(1, max_attempts + 1):
        try:
            return func()
        except TransientError as e:
            attempt_log.append(str(e))
            if attempt == max_attempts:
                raise
            print(f"  retrying in {delay:.1f}s after: {e}")
            delay *= 2


print(with_retries(make_flaky(2)))
try:
    with_retries(make_flaky(5))
except TransientError as e:
    print("gave up:", e)
print(len(attempt_log), attempt_log[-1])
