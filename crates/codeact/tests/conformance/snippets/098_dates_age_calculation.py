from datetime import date

today = date(2024, 6, 15)
people = {
    "Maya": date(1990, 6, 15),
    "Tom": date(1985, 12, 1),
    "Leap baby": date(2000, 2, 29),
    "Kid": date(2018, 6, 16),
}


def age_on(birth, on):
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def next_birthday(birth, on):
    year = on.year
    while True:
        try:
            candidate = birth.replace(year=year)
        except ValueError:
            candidate = date(year, 3, 1)
        if candidate >= on:
            return candidate
        year += 1


for name, birth in people.items():
    nb = next_birthday(birth, today)
    print(f"{name:<10} born {birth} age {age_on(birth, today):>2}, next birthday in {(nb - today).days:>3} days")
