def parse_config_line(line):
    key, value = line.split("=", 1)
    return key.strip(), value.strip()


lines = ["timeout = 30", "retries=3", "broken line", "name = api = v2", "=empty"]
config = {}
stats = {"ok": 0, "failed": 0, "processed": 0}
for line in lines:
    try:
        key, value = parse_config_line(line)
        if not key:
            raise ValueError("empty key")
    except ValueError as error:
        stats["failed"] += 1
        print(f"cannot parse {line!r}: {error}")
    else:
        config[key] = int(value) if value.isdigit() else value
        stats["ok"] += 1
    finally:
        stats["processed"] += 1
print(config)
print(stats)
