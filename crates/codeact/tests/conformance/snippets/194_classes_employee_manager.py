class Employee:
    raise_pct = 0.03

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def give_raise(self):
        self.salary = round(self.salary * (1 + self.raise_pct))

    def describe(self):
        return f"{self.name} earns {self.salary:,}"


class Manager(Employee):
    raise_pct = 0.05

    def __init__(self, name, salary, reports=None):
        super().__init__(name, salary)
        self.reports = list(reports or [])

    def add_report(self, employee):
        self.reports.append(employee)

    def describe(self):
        base = super().describe()
        names = ", ".join(e.name for e in self.reports) or "nobody"
        return f"{base} and manages {names}"

    def team_cost(self):
        return self.salary + sum(e.team_cost() if isinstance(e, Manager) else e.salary for e in self.reports)


devs = [Employee("Ann", 95_000), Employee("Raj", 88_000)]
lead = Manager("Sue", 120_000, devs)
director = Manager("Omar", 180_000)
director.add_report(lead)
director.add_report(Employee("Kai", 70_000))
for person in [director, lead, *devs]:
    person.give_raise()
    print(person.describe())
print("team cost:", f"{director.team_cost():,}")
