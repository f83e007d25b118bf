import re

notes = """Meeting moved from 2024-03-15 to 2024-03-22.
Invoice dated 03/07/2024 is overdue; reminder sent 12/07/2024.
Kickoff: 5 Jan 2025. Review: 17 February 2025. Bad date: 2024-13-45."""

iso = re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", notes)
print("ISO:", iso)
valid_iso = [f"{y}-{m}-{d}" for y, m, d in iso if 1 <= int(m) <= 12 and 1 <= int(d) <= 31]
print("valid ISO:", valid_iso)

us = re.findall(r"\b(\d{2})/(\d{2})/(\d{4})\b", notes)
print("US converted:", [f"{y}-{m}-{d}" for m, d, y in us])

written = re.findall(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b", notes)
print("written:", written)
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3.\2.\1", notes.splitlines()[0]))
