from collections import defaultdict


def summarize(records: list[dict], key: str, value: str) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for record in records:
        totals[record[key]] += record[value]
    return dict(totals)


def top_n(mapping: dict[str, float], n: int = 3) -> list[tuple[str, float]]:
    return sorted(mapping.items(), key=lambda kv: kv[1], reverse=True)[:n]


def pct_change(old: float, new: float) -> str | None:
    if old == 0:
        return None
    return f"{(new - old) / old:+.1%}"


sales_2023 = [{"rep": "ana", "amount": 1200.0}, {"rep": "bo", "amount": 950.0}, {"rep": "ana", "amount": 300.0}]
sales_2024 = [{"rep": "ana", "amount": 1400.0}, {"rep": "bo", "amount": 1310.0}, {"rep": "cy", "amount": 700.0}]
before = summarize(sales_2023, "rep", "amount")
after = summarize(sales_2024, "rep", "amount")
print(before, after)
print(top_n(after, 2))
for rep in sorted(set(before) | set(after)):
    print(rep, pct_change(before.get(rep, 0.0), after.get(rep, 0.0)))
