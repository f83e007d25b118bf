record_ids = list(range(101, 124))


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


batches = list(chunks(record_ids, 5))
print(f"{len(record_ids)} records in {len(batches)} batches")
for number, batch in enumerate(batches, 1):
    print(f"batch {number}: {batch[0]}..{batch[-1]} ({len(batch)} items)")

pairs = [record_ids[i:i + 2] for i in range(0, 6, 2)]
print(pairs)
every_third = record_ids[::3]
print("every third:", every_third)
print("last five reversed:", record_ids[-1:-6:-1])
