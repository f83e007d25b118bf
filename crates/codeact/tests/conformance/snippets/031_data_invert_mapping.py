country_to_capital = {"France": "Paris", "Japan": "Tokyo", "Kenya": "Nairobi", "Peru": "Lima"}
capital_to_country = {capital: country for country, capital in country_to_capital.items()}
print(capital_to_country["Tokyo"])

language_by_country = {"France": "French", "Belgium": "French", "Japan": "Japanese",
                       "Canada": "English", "Australia": "English", "Ireland": "English"}
countries_by_language = {}
for country, language in language_by_country.items():
    countries_by_language.setdefault(language, []).append(country)
for language, countries in sorted(countries_by_language.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{language}: {', '.join(sorted(countries))}")

scores = {"alice": 82, "bob": 95, "carol": 82, "dave": 70}
by_value = dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(by_value)
print(list(by_value)[0], "is top")
