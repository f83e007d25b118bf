import json

config = json.loads("""{
  "server": {"host": "0.0.0.0", "port": 8000, "tls": {"enabled": true, "cert": "/etc/cert.pem"}},
  "database": {"url": "postgres://db/app", "pool": {"min": 2, "max": 10}},
  "features": ["search", "export"],
  "debug": false
}""")


def flatten(obj, prefix=""):
    items = {}
    if isinstance(obj, dict):
        for key, value in obj.items():
            items.update(flatten(value, f"{prefix}{key}."))
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            items.update(flatten(value, f"{prefix}{i}."))
    else:
        items[prefix[:-1]] = obj
    return items


flat = flatten(config)
for key, value in flat.items():
    print(f"{key:<22} = {json.dumps(value)}")


def unflatten(flat_map):
    root = {}
    for dotted, value in flat_map.items():
        node = root
        *parents, leaf = dotted.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return root


print(json.dumps(unflatten({k: v for k, v in flat.items() if k.startswith("server")}), sort_keys=True))
