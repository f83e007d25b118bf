import re

document = """TODO: fix login bug
Some finished work here.
TODO: write tests
FIXME: memory leak in cache
todo: update docs"""

updated, count = re.subn(r"^(TODO|FIXME):", r"DONE(\1):", document, flags=re.M | re.I)
print(updated)
print("replacements:", count)

cleaned, spaces = re.subn(r" {2,}", " ", "too   many    spaces  here")
print(repr(cleaned), spaces)
result, n = re.subn(r"x", "y", "no matches")
print(result, n)
print(re.sub(r"a", "b", "aaaa", count=2))
