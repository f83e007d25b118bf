from datetime import datetime

log = """2024-02-10T08:00:05 job=etl status=start
2024-02-10T08:14:52 job=etl status=end
2024-02-10T08:15:00 job=report status=start
2024-02-10T09:02:31 job=backup status=start
2024-02-10T09:20:10 job=report status=end
2024-02-10T11:45:00 job=backup status=end"""

starts = {}
durations = {}
for line in log.splitlines():
    stamp_text, job_field, status_field = line.split()
    stamp = datetime.fromisoformat(stamp_text)
    job = job_field.split("=")[1]
    if status_field.endswith("start"):
        starts[job] = stamp
    else:
        durations[job] = stamp - starts.pop(job)

for job, took in sorted(durations.items(), key=lambda kv: kv[1], reverse=True):
    minutes = took.total_seconds() / 60
    print(f"{job:<7} {str(took):>8}  {minutes:7.2f} min")
longest = max(durations, key=durations.get)
print("longest:", longest, "| still running:", list(starts))
print("total:", sum(durations.values(), start=durations["etl"] - durations["etl"]))
