def classify_bmi(weight_kg, height_m):
    bmi = weight_kg / height_m ** 2
    category = ("underweight" if bmi < 18.5 else "normal" if bmi < 25
                else "overweight" if bmi < 30 else "obese")
    return round(bmi, 1), category


for w, h in [(50, 1.75), (70, 1.75), (85, 1.75), (110, 1.75)]:
    print(w, h, *classify_bmi(w, h))

age = 17
status = "adult" if age >= 18 else "minor"
print(status, 0 < age < 18, 18 <= age < 65, age == 17 != 18)
x = 5
print(1 < x <= 5 < 10, 1 < x > 10, x if x > 10 else -x, (x > 3) and "big" or "small")
value = None
print(value or "default", value and value.upper(), 0 or [] or "last", 3 and 4)
name = ""
print(f"Hello, {name or 'stranger'}!", (lambda n: "even" if n % 2 == 0 else "odd")(7))
