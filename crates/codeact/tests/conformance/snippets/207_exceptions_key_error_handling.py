config = {"host": "localhost", "port": "8080", "debug": "true"}
required = ["host", "port", "user", "password"]

missing = []
for key in required:
    try:
        value = config[key]
    except KeyError as error:
        missing.append(error.args[0])
        continue
    print(f"{key} = {value}")
print("missing keys:", missing)

try:
    config["timeout"]
except KeyError as e:
    print("KeyError:", e, repr(e))

print(config.get("timeout", 30), config.pop("debug", None), config.pop("debug", "gone"))
counts = {}
for word in "a b a c b a".split():
    try:
        counts[word] += 1
    except KeyError:
        counts[word] = 1
print(counts)
