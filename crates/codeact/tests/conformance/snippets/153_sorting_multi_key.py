employees = [
    ("Alice", "Engineering", 120_000, 2015),
    ("Bob", "Marketing", 85_000, 2018),
    ("Carol", "Engineering", 135_000, 2012),
    ("Dan", "Sales", 70_000, 2020),
    ("Eve", "Marketing", 85_000, 2016),
    ("Frank", "Engineering", 120_000, 2019),
    ("Grace", "Sales", 95_000, 2014),
]

by_dept_salary = sorted(employees, key=lambda e: (e[1], -e[2], e[0]))
for name, dept, salary, year in by_dept_salary:
    print(f"{dept:<12} {name:<6} {salary:>8,} {year}")

print([e[0] for e in sorted(employees, key=lambda e: (e[2], e[3]), reverse=True)])
seniority = sorted(employees, key=lambda e: e[3])
print("most senior:", seniority[0][0], "newest:", seniority[-1][0])
employees.sort(key=lambda e: e[0], reverse=True)
print([e[0] for e in employees])
