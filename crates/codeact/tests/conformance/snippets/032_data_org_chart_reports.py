employees = {
    "ceo": None, "cto": "ceo", "cfo": "ceo", "eng_lead": "cto", "dev1": "eng_lead",
    "dev2": "eng_lead", "dev3": "eng_lead", "qa": "cto", "accountant": "cfo",
}

direct = {}
for person, manager in employees.items():
    if manager:
        direct.setdefault(manager, []).append(person)


def count_reports(person):
    return sum(1 + count_reports(report) for report in direct.get(person, []))


for person in employees:
    total = count_reports(person)
    if total:
        print(f"{person:<10} direct={len(direct[person])} total={total}")


def chain(person):
    levels = 0
    while employees[person] is not None:
        person = employees[person]
        levels += 1
    return levels


deepest = max(employees, key=chain)
print("deepest:", deepest, "levels below ceo:", chain(deepest))
