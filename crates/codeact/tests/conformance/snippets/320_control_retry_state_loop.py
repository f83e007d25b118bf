transitions = {
    ("idle", "start"): "connecting",
    ("connecting", "ok"): "connected",
    ("connecting", "fail"): "retrying",
    ("retrying", "retry"): "connecting",
    ("connected", "drop"): "retrying",
    ("connected", "stop"): "idle",
}
events = ["start", "fail", "retry", "fail", "retry", "ok", "drop", "retry", "ok", "stop", "stop"]

state = "idle"
retries = 0
for step, event in enumerate(events, 1):
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"{step:>2}: ignored {event!r} in state {state}")
        continue
    if nxt == "retrying":
        retries += 1
        if retries > 3:
            print("giving up")
            break
    print(f"{step:>2}: {state:<10} --{event}--> {nxt}")
    state = nxt
print("final:", state, "retries:", retries)
