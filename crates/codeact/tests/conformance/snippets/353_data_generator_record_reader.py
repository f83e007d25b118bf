raw_export = """# exported 2024-04-02
id;name;department;hours
1;Ana Lima;support;38.5
2;Ben Ode;engineering;41
# section break

3;Cai Wu;support;12.25
4;Dee Roy;engineering;40
5;Eli Fox;sales;n/a"""


def read_records(text, delimiter=";"):
    header = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(delimiter)
        if header is None:
            header = fields
            continue
        yield dict(zip(header, fields))


def with_numeric_hours(records):
    for record in records:
        try:
            record["hours"] = float(record["hours"])
        except ValueError:
            print(f"skipping {record['name']}: hours={record['hours']!r}")
            continue
        yield record


records = list(with_numeric_hours(read_records(raw_export)))
by_department = {}
for r in records:
    by_department[r["department"]] = by_department.get(r["department"], 0) + r["hours"]
print(by_department)
overtime = [r["name"] for r in records if r["hours"] > 40]
print("overtime:", overtime)
print("total hours:", sum(r["hours"] for r in records))
