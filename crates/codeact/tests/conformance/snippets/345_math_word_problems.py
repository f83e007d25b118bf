train_a_speed, train_b_speed = 80, 100
distance = 450
hours = distance / (train_a_speed + train_b_speed)
print(f"The trains meet after {hours} hours, {train_a_speed * hours:.0f} km from station A")

original_price = 240.0
sale_price = original_price * (1 - 0.25) * (1 - 0.10)
print(f"Price after 25% then 10% off: {sale_price:.2f} (total discount {1 - sale_price / original_price:.1%})")

workers_days = 6 * 10
print(f"4 workers need {workers_days / 4} days")

miles = 26.2188
km = miles * 1.609344
pace_min_per_km = (3 * 60 + 30) / km
print(f"Marathon: {km:.3f} km; 3h30 pace = {int(pace_min_per_km)}:{round(pace_min_per_km % 1 * 60):02d} min/km")

ages_sum, diff = 52, 8
older = (ages_sum + diff) / 2
print(f"Ages: {older:.0f} and {ages_sum - older:.0f}")
tank_litres, consumption_per_100km = 55, 6.4
print(f"Range: {tank_litres / consumption_per_100km * 100:.0f} km")
rate, years, target = 0.07, 0, 2.0
while (1 + rate) ** years < target:
    years += 1
print(f"Money doubles at {rate:.0%} after {years} years")
