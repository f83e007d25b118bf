entries = [
    ("INFO", "worker-1", 0.532, "job finished"),
    ("WARNING", "worker-2", 12.1, "slow response from api"),
    ("ERROR", "scheduler", 0.004, "queue full"),
    ("INFO", "worker-10", 1.75, "job started"),
]

for level, source, seconds, message in entries:
    print("[%-7s] %10s %8.3fs  %s" % (level, source, seconds, message))

summary = {"total": len(entries), "errors": sum(1 for e in entries if e[0] == "ERROR")}
print("%(total)d entries, %(errors)d error(s)" % summary)
slowest = max(entries, key=lambda e: e[2])
print("slowest: %s took %.1f seconds (%.0f%% of total)" % (slowest[1], slowest[2],
      100 * slowest[2] / sum(e[2] for e in entries)))
print("padded id: %06d | hex: %#06x | sci: %.2e | str of list: %s" % (42, 255, 123456.789, [1, 2]))
print("%s" % (("tuple", "inside"),), "%d%%" % 95, "%5s|%-5s|" % ("ab", "cd"))
