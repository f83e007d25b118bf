from string import Template

email = Template("Dear $name,\n\nYour order #$order_id of ${count} items ships on $date.\nTotal: $$${total}\n")
orders = [
    {"name": "Ms. Rivera", "order_id": 5521, "count": 3, "date": "May 2", "total": "84.10"},
    {"name": "Mr. Okafor", "order_id": 5522, "count": 1, "date": "May 3", "total": "12.00"},
]
for order in orders:
    print(email.substitute(order))

partial = Template("Hello $who, welcome to $place")
print(partial.safe_substitute(who="Kim"))
try:
    partial.substitute(who="Kim")
except KeyError as error:
    print("missing placeholder:", error)
