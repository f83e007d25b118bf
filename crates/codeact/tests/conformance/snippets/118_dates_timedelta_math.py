from datetime import timedelta

lap_times = [timedelta(minutes=4, seconds=32), timedelta(minutes=4, seconds=18, milliseconds=500),
             timedelta(minutes=4, seconds=45), timedelta(minutes=4, seconds=9, milliseconds=250)]

total = sum(lap_times, timedelta())
average = total / len(lap_times)
print("total:", total)
print("average:", average)
print("best:", min(lap_times), "worst:", max(lap_times))
print("ratio worst/best:", round(max(lap_times) / min(lap_times), 4))
print("laps in an hour:", timedelta(hours=1) // average)
print("remainder:", timedelta(hours=1) % average)
print(timedelta(days=2, hours=5) * 3, -timedelta(hours=1), abs(timedelta(days=-1, hours=2)))
print(timedelta(weeks=1).total_seconds(), timedelta(seconds=90).seconds, timedelta(hours=36).days)
print(timedelta(milliseconds=1500) == timedelta(seconds=1.5), timedelta(0) < timedelta(microseconds=1))
