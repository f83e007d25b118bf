import time

start = time.perf_counter()
total = sum(i * i for i in range(10_000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)

wall_start = time.time()
time.sleep(0.01)
print("slept at least 10 ms:", time.time() - wall_start >= 0.009)

epoch = time.gmtime(0)
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_wday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_700_000_000)))
parsed = time.strptime("2024-03-10 08:15", "%Y-%m-%d %H:%M")
print(parsed.tm_yday, parsed.tm_hour, parsed.tm_min)
print(isinstance(time.time(), float), time.monotonic() > 0)
