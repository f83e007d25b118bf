defaults = {
    "host": "localhost",
    "port": 8080,
    "debug": False,
    "retries": 3,
    "timeouts": {"connect": 5, "read": 30},
}
user_config = {"port": 9000, "debug": True, "timeouts": {"read": 60}}
env_overrides = {"host": "0.0.0.0"}

shallow = {**defaults, **user_config}
print("shallow timeouts:", shallow["timeouts"])


def deep_merge(base, override):
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


config = deep_merge(deep_merge(defaults, user_config), env_overrides)
for key, value in config.items():
    print(f"{key} = {value!r}")
print(defaults | env_overrides == {**defaults, "host": "0.0.0.0"})
changed = [k for k in config if config[k] != defaults.get(k)]
print("changed keys:", changed)
