raw = """name,department,salary,start_year
Alice Smith,Engineering,98000,2018
Bob Jones,Marketing,67000,2020
Carol White,Engineering,105000,2015
Dan Brown,Sales,59000,2021
Erin Green,Marketing,72000,2019
"""

lines = raw.strip().splitlines()
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    values = line.split(",")
    record = dict(zip(header, values))
    record["salary"] = int(record["salary"])
    record["start_year"] = int(record["start_year"])
    rows.append(record)

print("Columns:", header)
print("Rows:", len(rows))
departments = {}
for row in rows:
    departments.setdefault(row["department"], []).append(row["salary"])
for dept, salaries in departments.items():
    print(f"{dept}: avg salary {sum(salaries) / len(salaries):,.0f} ({len(salaries)} people)")
senior = [r["name"].split()[0] for r in rows if 2024 - r["start_year"] >= 5]
print("Senior staff:", senior)
print(rows[0])
