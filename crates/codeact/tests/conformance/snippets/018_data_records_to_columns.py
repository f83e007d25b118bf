rows = [
    {"city": "Paris", "population": 2_102_650, "area_km2": 105.4},
    {"city": "Berlin", "population": 3_677_472, "area_km2": 891.1},
    {"city": "Madrid", "population": 3_332_035, "area_km2": 604.3},
    {"city": "Rome", "population": 2_761_632, "area_km2": 1287.4},
]

columns = {key: [row[key] for row in rows] for key in rows[0]}
print(columns["city"])
print(columns["population"])

density = [round(p / a, 1) for p, a in zip(columns["population"], columns["area_km2"])]
columns["density"] = density
for i, city in enumerate(columns["city"]):
    print(f"{city:<7} {columns['population'][i]:>10,} people {columns['density'][i]:>9,.1f}/km2")

back = [dict(zip(columns, values)) for values in zip(*columns.values())]
print(back[1])
print("densest:", columns["city"][density.index(max(density))])
