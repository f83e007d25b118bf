from collections import deque


def sliding_max(values, k):
    window = deque()
    result = []
    for i, value in enumerate(values):
        while window and values[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            result.append(values[window[0]])
    return result


requests_per_minute = [12, 45, 33, 8, 51, 49, 20, 15, 60, 22, 18, 30]
print("3-min peaks:", sliding_max(requests_per_minute, 3))
print("5-min peaks:", sliding_max(requests_per_minute, 5))

recent = deque(maxlen=4)
for value in requests_per_minute:
    recent.append(value)
print("last four:", list(recent), "avg:", sum(recent) / len(recent))
recent.rotate(1)
print("rotated:", recent)
