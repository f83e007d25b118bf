def load(records):
    loaded, skipped = [], []
    for record in records:
        try:
            try:
                value = float(record["value"])
            except KeyError:
                value = float(record.get("default", "nan"))
            if value != value:
                raise ValueError("no value and no default")
            loaded.append(round(value, 2))
        except ValueError as e:
            skipped.append(f"{record}: {e}")
        finally:
            pass
    return loaded, skipped


data = [{"value": "3.14159"}, {"default": "1"}, {"value": "n/a"}, {}, {"value": 7}]
ok, bad = load(data)
print(ok)
for line in bad:
    print(line)
