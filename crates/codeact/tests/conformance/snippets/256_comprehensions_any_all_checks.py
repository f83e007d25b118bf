users = [
    {"name": "amy", "roles": ["admin", "dev"], "verified": True, "age": 34},
    {"name": "bo", "roles": ["dev"], "verified": True, "age": 19},
    {"name": "cy", "roles": [], "verified": False, "age": 16},
]

print("any admin:", any("admin" in u["roles"] for u in users))
print("all verified:", all(u["verified"] for u in users))
print("all adults:", all(u["age"] >= 18 for u in users))
print("nobody without roles:", not any(not u["roles"] for u in users))
print([u["name"] for u in users if any(r in ("admin", "ops") for r in u["roles"])])
print(all([]), any([]), all([0, 1]), any([0, "", None, 3]))
numbers = [2, 4, 6, 9]
print(all(n % 2 == 0 for n in numbers), any(n > 8 for n in numbers))
passwords = ["abc", "Secure123", "nodigits!"]
print([p for p in passwords if any(c.isdigit() for c in p) and any(c.isupper() for c in p)])
