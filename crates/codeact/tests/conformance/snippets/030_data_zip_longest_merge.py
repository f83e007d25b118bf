from itertools import zip_longest

weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]
morning = ["standup", "code review", "planning"]
afternoon = ["deep work", "1:1", "deep work", "demo", "retro", "social"]

for day, am, pm in zip_longest(weekdays, morning, afternoon, fillvalue="-"):
    print(f"{day:<4}| {am:<12}| {pm}")

paired = list(zip(weekdays, afternoon))
print(len(paired), paired[-1])
unzipped_days, unzipped_events = zip(*paired)
print(unzipped_days)
print(list(zip_longest([1, 2, 3], "ab")))
