log = "ERROR: disk full on /dev/sda1; WARNING: high memory; ERROR: timeout on api"

print(log.startswith("ERROR"), log.endswith("api"), log.endswith(("db", "api")))
print("first ERROR at", log.find("ERROR"), "last at", log.rfind("ERROR"))
print("missing:", log.find("CRITICAL"))
print("count ERROR:", log.count("ERROR"))
print(log.replace("ERROR", "E", 1))
print(log.replace("ERROR", "E"))
print("index of 'timeout':", log.index("timeout"))
print("disk" in log, "cpu" not in log)

entries = [e.strip() for e in log.split(";")]
for entry in entries:
    level, _, message = entry.partition(": ")
    print(f"[{level[0]}] {message}")
print(log.upper()[:20], "|", log.lower()[-10:])
print(log.split(" ", 2))
print(log.rsplit(" ", 2))
