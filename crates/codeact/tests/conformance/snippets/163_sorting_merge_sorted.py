import heapq

morning_log = [(1, "boot"), (4, "login"), (9, "sync")]
noon_log = [(2, "cron"), (5, "email"), (7, "backup")]
night_log = [(3, "alert"), (8, "logout")]

merged = list(heapq.merge(morning_log, noon_log, night_log))
print(merged)


def merge_two(a, b):
    result, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            result.append(a[i])
            i += 1
        else:
            result.append(b[j])
            j += 1
    return result + a[i:] + b[j:]


print(merge_two([1, 4, 9, 12], [2, 3, 10, 15, 20]))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
