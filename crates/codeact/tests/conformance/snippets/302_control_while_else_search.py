inventory = {"bolts": 120, "nuts": 0, "washers": 35, "screws": 0}
reorder = []
for part, qty in inventory.items():
    if qty == 0:
        reorder.append(part)
print("reorder:", reorder)

target = 35
for part, qty in inventory.items():
    if qty == target:
        print("found", part, "with", target)
        break
else:
    print("nothing with", target)

for part in ["gears", "springs"]:
    if part in inventory:
        break
else:
    print("none of the requested parts are stocked")

attempts = 0
balance = 1000
while balance > 0:
    attempts += 1
    balance -= 275
    if attempts > 10:
        print("too many attempts")
        break
else:
    print(f"balance exhausted after {attempts} withdrawals, final {balance}")
