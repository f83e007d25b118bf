def running_stats():
    values = []

    def add(value):
        values.append(value)
        n = len(values)
        mean = sum(values) / n
        return {"n": n, "mean": round(mean, 2), "min": min(values), "max": max(values)}

    return add


track = running_stats()
for reading in [12.5, 15.0, 9.25, 20.0]:
    print(track(reading))


def make_averager():
    total = 0.0
    count = 0

    def averager(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count

    return averager


avg = make_averager()
print([round(avg(v), 3) for v in (10, 11, 12, 100)])
