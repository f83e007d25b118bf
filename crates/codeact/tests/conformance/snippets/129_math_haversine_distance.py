import math

cities = {
    "London": (51.5074, -0.1278),
    "Paris": (48.8566, 2.3522),
    "New York": (40.7128, -74.0060),
    "Tokyo": (35.6762, 139.6503),
    "Sydney": (-33.8688, 151.2093),
}


def haversine(p1, p2, radius_km=6371.0):
    lat1, lon1 = map(math.radians, p1)
    lat2, lon2 = map(math.radians, p2)
    dlat, dlon = lat2 - lat1, lon2 - lon1
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * radius_km * math.asin(math.sqrt(a))


names = list(cities)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        print(f"{a:>8} - {b:<8} {haversine(cities[a], cities[b]):>9,.1f} km")
route = ["London", "Paris", "Tokyo", "Sydney"]
total = sum(haversine(cities[x], cities[y]) for x, y in zip(route, route[1:]))
print(f"route length: {total:,.0f} km, {total * 0.621371:,.0f} miles")
print(round(math.degrees(math.atan2(1, 1)), 2), round(math.pi, 10), round(math.tau / 2, 5))
