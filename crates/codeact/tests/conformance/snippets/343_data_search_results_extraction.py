import re

search_results = """1. Eiffel Tower - Wikipedia: The tower is 330 metres (1,083 ft) tall, about the same height as an 81-storey building. Completed in 1889.
2. Statue of Liberty facts: The statue stands 93 m (305 ft) from ground to torch. Dedicated on October 28, 1886.
3. Big Ben | History: The Elizabeth Tower is 96 metres (315 ft) tall and was completed in 1859.
4. Burj Khalifa: At 828 metres (2,717 ft), the tallest structure in the world since 2009."""

landmarks = []
for line in search_results.splitlines():
    name = re.match(r"\d+\.\s+([^-:|]+)", line).group(1).strip()
    height = re.search(r"(\d[\d,]*)\s*(?:metres|m)\b", line)
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", line)
    landmarks.append({
        "name": name,
        "height_m": int(height.group(1).replace(",", "")) if height else None,
        "year": int(year.group(1)) if year else None,
    })

for item in landmarks:
    print(item)
tallest = max(landmarks, key=lambda x: x["height_m"] or 0)
print(f"Tallest: {tallest['name']} at {tallest['height_m']} m")
oldest = min((x for x in landmarks if x["year"]), key=lambda x: x["year"])
print(f"Oldest: {oldest['name']} ({oldest['year']})")
print(f"Height ratio: {tallest['height_m'] / oldest['height_m']:.2f}")
