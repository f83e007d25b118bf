task = "Find the three most populous cities among the results and their share of the total"
cities = {"Lagos": 15.9, "Kinshasa": 16.3, "Cairo": 21.3, "Luanda": 9.3, "Nairobi": 5.3, "Abidjan": 5.6}

print(f"Task: {task}")
print("Step 1: sort cities by population")
ranked = sorted(cities.items(), key=lambda kv: kv[1], reverse=True)
print("  ranked:", [name for name, _ in ranked])

print("Step 2: take the top three")
top3 = ranked[:3]
total = sum(cities.values())
for position, (name, pop) in enumerate(top3, start=1):
    print(f"  {position}. {name:<9} {pop:>5.1f}M  ({pop / total:6.2%} of total)")

print("Step 3: combined share")
share = sum(pop for _, pop in top3) / total
answer = f"{', '.join(name for name, _ in top3)} together hold {share:.1%} of the {total:.1f}M people listed"
print(f"Final answer: {answer}")
