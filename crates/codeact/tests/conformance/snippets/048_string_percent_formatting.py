name = "Ada"
age = 36
balance = 1234.5678
ratio = 0.4321

print("Hello, %s!" % name)
print("%s is %d years old" % (name, age))
print("Balance: %.2f" % balance)
print("Padded: [%10s] [%-10s]" % (name, name))
print("Number: [%5d] [%-5d] [%05d]" % (age, age, age))
print("Float: %8.3f | %e | %g" % (balance, balance, balance))
print("Percent: %.1f%%" % (ratio * 100))
print("Hex: %x %X %o" % (255, 255, 8))
print("Repr: %r" % "quoted")
record = {"user": "bob", "score": 88.25}
print("%(user)s scored %(score).1f points" % record)
print("%c%c%c" % (80, 121, 33))
rows = [("apples", 3, 0.5), ("bread", 1, 2.25)]
for item, qty, price in rows:
    print("%-8s x%2d @ %5.2f = %6.2f" % (item, qty, price, qty * price))
