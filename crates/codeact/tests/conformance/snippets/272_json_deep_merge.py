import json

base = json.loads('{"app": {"name": "shop", "theme": {"color": "blue", "font": "Inter"}}, "limits": {"rpm": 60}, "plugins": ["auth"]}')
override = json.loads('{"app": {"theme": {"color": "green"}, "debug": true}, "limits": {"rpm": 120, "burst": 20}, "plugins": ["cache"]}')


def merge(a, b, path=""):
    result = dict(a)
    for key, value in b.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value, here)
        elif isinstance(value, list) and isinstance(result.get(key), list):
            result[key] = result[key] + [v for v in value if v not in result[key]]
        else:
            if key in result:
                print(f"override {here}: {json.dumps(result[key])} -> {json.dumps(value)}")
            result[key] = value
    return result


merged = merge(base, override)
print(json.dumps(merged, indent=2, sort_keys=True))
print(json.dumps(base["app"]["theme"]))
