import re
from collections import Counter

posts = [
    "Loving the new release! #python #release @guido",
    "Anyone at #PyCon this year? @alice @bob let's meet #python",
    "Bug in #release notes, ping @alice",
    "No tags here, email me at me@example.com",
]

hashtags = Counter(tag.lower() for post in posts for tag in re.findall(r"#(\w+)", post))
mentions = Counter(m for post in posts for m in re.findall(r"(?<![\w.])@(\w+)", post))
print("hashtags:", hashtags.most_common())
print("mentions:", mentions.most_common())
for post in posts:
    clean = re.sub(r"[#@]\w+", "", post)
    print(repr(" ".join(clean.split())))
