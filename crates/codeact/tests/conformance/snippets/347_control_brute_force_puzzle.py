solutions = []
for a in range(1, 10):
    for b in range(10):
        for c in range(10):
            number = 100 * a + 10 * b + c
            if number == a ** 3 + b ** 3 + c ** 3:
                solutions.append(number)
print("Armstrong numbers:", solutions)

chickens_and_rabbits = [(c, 35 - c) for c in range(36) if 2 * c + 4 * (35 - c) == 94]
print("chickens, rabbits:", chickens_and_rabbits)

for x in range(1, 1000):
    if x % 3 == 2 and x % 5 == 3 and x % 7 == 2:
        print("smallest x:", x)
        break

ages = [(father, son) for father in range(20, 80) for son in range(1, father)
        if father == 3 * son and father + 15 == 2 * (son + 15)]
print("father and son:", ages)
digits = [n for n in range(1000, 10000) if str(n) == str(n)[::-1] and n % 11 == 0 and sum(map(int, str(n))) == 20]
print(len(digits), digits[:5])
