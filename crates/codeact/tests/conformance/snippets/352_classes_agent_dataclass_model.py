from dataclasses import dataclass, field


@dataclass
class Expense:
    description: str
    amount: float
    category: str = "misc"


@dataclass
class Budget:
    limit: float
    expenses: list[Expense] = field(default_factory=list)

    def add(self, description: str, amount: float, category: str = "misc") -> None:
        self.expenses.append(Expense(description, amount, category))

    @property
    def spent(self) -> float:
        return round(sum(e.amount for e in self.expenses), 2)

    @property
    def remaining(self) -> float:
        return round(self.limit - self.spent, 2)

    def by_category(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        for e in self.expenses:
            totals[e.category] = round(totals.get(e.category, 0) + e.amount, 2)
        return totals


trip = Budget(1500)
trip.add("flights", 620.40, "travel")
trip.add("hotel", 480, "lodging")
trip.add("museum", 35.5, "fun")
trip.add("train", 89.99, "travel")
print(f"Spent {trip.spent} of {trip.limit}, remaining {trip.remaining}")
print(trip.by_category())
print(max(trip.expenses, key=lambda e: e.amount))
print("over budget" if trip.remaining < 0 else "within budget")
