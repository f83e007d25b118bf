from functools import cmp_to_key


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    length = max(len(pa), len(pb))
    pa += [0] * (length - len(pa))
    pb += [0] * (length - len(pb))
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2", "1.2.10", "1.2.9", "2.0", "1.9.9", "1.2.0.1", "0.99"]
print(sorted(versions, key=cmp_to_key(compare_versions)))


def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda x, y: -1 if x + y > y + x else (1 if x + y < y + x else 0)))
    return "".join(strs).lstrip("0") or "0"


print(largest_number([3, 30, 34, 5, 9]))
print(largest_number([10, 2]), largest_number([0, 0]))
teams = [("Reds", 10, 5), ("Blues", 10, 8), ("Greens", 12, 1), ("Golds", 10, 8)]
def by_points_then_goals(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return b[2] - a[2]
print([t[0] for t in sorted(teams, key=cmp_to_key(by_points_then_goals))])
