import re

text = "price: 100USD, 250EUR, 75USD, tax 20%, 5 items, USD30"
print("USD amounts:", re.findall(r"\d+(?=USD)", text))
print("not USD:", re.findall(r"\b\d+(?!\d|USD)(?=[A-Z]{3})", text))
print("after USD:", re.findall(r"(?<=USD)\d+", text))
print("percent:", re.findall(r"\d+(?=%)", text))

password_rule = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
for pwd in ["Passw0rd!", "password", "SHORT1!a", "NoSymbols123", "Good#Pass2024"]:
    print(f"{pwd:<15} {'valid' if password_rule.match(pwd) else 'invalid'}")
print(re.sub(r"(?<=\d)(?=(\d{3})+\b)", ",", "Population 7800000000 and 12345"))
