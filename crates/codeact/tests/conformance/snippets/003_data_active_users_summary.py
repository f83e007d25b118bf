users = [
    {"id": 1, "name": "Alice", "age": 34, "active": True, "country": "US"},
    {"id": 2, "name": "Bob", "age": 27, "active": False, "country": "UK"},
    {"id": 3, "name": "Charlie", "age": 45, "active": True, "country": "US"},
    {"id": 4, "name": "Diana", "age": 31, "active": True, "country": "DE"},
    {"id": 5, "name": "Eve", "age": 22, "active": False, "country": "US"},
    {"id": 6, "name": "Frank", "age": 52, "active": True, "country": "UK"},
]

active = [u for u in users if u["active"]]
print(f"{len(active)} of {len(users)} users are active")
average_age = sum(u["age"] for u in active) / len(active)
print(f"Average age of active users: {average_age:.1f}")

by_country = {}
for user in active:
    by_country.setdefault(user["country"], []).append(user["name"])
for country in sorted(by_country):
    print(country, "->", ", ".join(by_country[country]))

oldest = max(active, key=lambda u: u["age"])
youngest = min(active, key=lambda u: u["age"])
print("Oldest:", oldest["name"], "Youngest:", youngest["name"])
print("Names over 30:", [u["name"] for u in users if u["age"] > 30])
