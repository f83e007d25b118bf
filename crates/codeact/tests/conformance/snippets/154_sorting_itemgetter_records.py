from operator import itemgetter

products = [
    {"name": "Laptop", "category": "tech", "price": 999.0, "rating": 4.5},
    {"name": "Desk", "category": "furniture", "price": 249.0, "rating": 4.1},
    {"name": "Phone", "category": "tech", "price": 699.0, "rating": 4.7},
    {"name": "Chair", "category": "furniture", "price": 149.0, "rating": 4.1},
    {"name": "Headphones", "category": "tech", "price": 199.0, "rating": 4.3},
]

for p in sorted(products, key=itemgetter("price")):
    print(f"{p['name']:<11}{p['price']:>8.2f}")
by_cat_rating = sorted(products, key=itemgetter("category", "rating"), reverse=True)
print([(p["category"], p["name"], p["rating"]) for p in by_cat_rating])
get_name_price = itemgetter("name", "price")
print([get_name_price(p) for p in products[:2]])
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)))
print(max(products, key=itemgetter("rating"))["name"], min(products, key=itemgetter("price"))["name"])
