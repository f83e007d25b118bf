def handle(command, state):
    match command:
        case {"action": "add", "item": str(item), "qty": int(qty)} if qty > 0:
            state[item] = state.get(item, 0) + qty
            return f"added {qty} {item}"
        case {"action": "add", "item": str(item)}:
            state[item] = state.get(item, 0) + 1
            return f"added 1 {item}"
        case {"action": "remove", "item": item} if item in state:
            del state[item]
            return f"removed {item}"
        case {"action": "remove", "item": item}:
            return f"cannot remove {item}: not present"
        case {"action": "list"}:
            return ", ".join(f"{k}={v}" for k, v in sorted(state.items())) or "empty"
        case {"action": action}:
            return f"unknown action {action!r}"
        case _:
            return "malformed command"


cart = {}
commands = [
    {"action": "add", "item": "apple", "qty": 3},
    {"action": "add", "item": "pear"},
    {"action": "add", "item": "fig", "qty": -2},
    {"action": "remove", "item": "kiwi"},
    {"action": "list"},
    {"action": "remove", "item": "apple"},
    {"action": "checkout"},
    ["not", "a", "dict"],
    {"action": "list"},
]
for command in commands:
    print(handle(command, cart))
