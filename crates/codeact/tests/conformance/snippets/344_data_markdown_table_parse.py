observation = """| Country | Capital | Population (M) | GDP ($B) |
|---------|---------|----------------|----------|
| Germany | Berlin | 84.1 | 4,456 |
| France | Paris | 68.2 | 3,031 |
| Italy | Rome | 58.9 | 2,255 |
| Spain | Madrid | 48.1 | 1,582 |
| Poland | Warsaw | 36.8 | 842 |"""

lines = [l for l in observation.strip().splitlines() if not set(l) <= set("|-: ")]
headers = [h.strip() for h in lines[0].strip("|").split("|")]
rows = []
for line in lines[1:]:
    cells = [c.strip() for c in line.strip("|").split("|")]
    row = dict(zip(headers, cells))
    row["Population (M)"] = float(row["Population (M)"])
    row["GDP ($B)"] = float(row["GDP ($B)"].replace(",", ""))
    rows.append(row)

print(headers)
for row in rows:
    per_capita = row["GDP ($B)"] * 1e9 / (row["Population (M)"] * 1e6)
    row["GDP per capita"] = round(per_capita)
    print(f"{row['Country']:<8} {row['Capital']:<7} ${per_capita:>9,.0f}")
richest = max(rows, key=lambda r: r["GDP per capita"])
print("Highest GDP per capita:", richest["Country"])
print("Combined population:", round(sum(r["Population (M)"] for r in rows), 1), "million")
