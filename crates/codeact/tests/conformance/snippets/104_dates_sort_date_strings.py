from datetime import datetime

records = ["03/15/2024", "12/01/2023", "01/20/2024", "07/04/2023", "03/02/2024"]
parsed = sorted(records, key=lambda s: datetime.strptime(s, "%m/%d/%Y"))
print(parsed)
print("lexicographic (wrong):", sorted(records))
print("newest first:", [datetime.strptime(s, "%m/%d/%Y").strftime("%Y-%m-%d")
                        for s in sorted(records, key=lambda s: datetime.strptime(s, "%m/%d/%Y"), reverse=True)])

iso_dates = ["2024-03-15", "2023-12-01", "2024-01-20"]
print(sorted(iso_dates), max(iso_dates), min(iso_dates))
dated = [datetime.strptime(s, "%m/%d/%Y") for s in records]
span = max(dated) - min(dated)
print("span:", span.days, "days")
