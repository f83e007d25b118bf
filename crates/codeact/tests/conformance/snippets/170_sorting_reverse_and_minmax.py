temps = {"Mon": 21.5, "Tue": 19.0, "Wed": 24.3, "Thu": 24.3, "Fri": 17.8}
print(sorted(temps.values(), reverse=True))
print(list(reversed(sorted(temps))))
print(max(temps, key=temps.get), min(temps, key=temps.get))
print(max(temps.values()), min(temps.items(), key=lambda kv: kv[1]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted("Sorting"), sorted((3, 1, 2)), sorted({5: "x", 2: "y"}))
print(max([], default="empty"), min(4, 9, 1), max("apple", "pear", key=len))
nums = [5, 2, 8, 1]
nums.reverse()
print(nums, nums[::-1], sorted(nums, reverse=True) == sorted(nums)[::-1])
