from datetime import datetime, timezone, timedelta

epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
timestamps = [0, 86400, 1_000_000_000, 1_700_000_000, 2_147_483_647]
for ts in timestamps:
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    print(f"{ts:>13,} -> {dt.isoformat()}")

moment = datetime(2024, 2, 29, 12, 0, tzinfo=timezone.utc)
print(moment.timestamp(), int(moment.timestamp()))
print((moment - epoch).total_seconds() == moment.timestamp())
millis = 1712345678901
print(datetime.fromtimestamp(millis / 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3])
print(epoch + timedelta(seconds=1_234_567_890))
