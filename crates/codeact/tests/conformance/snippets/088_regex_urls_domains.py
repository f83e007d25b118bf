import re
from collections import Counter

text = """See https://docs.python.org/3/library/re.html and http://example.com.
Mirror: https://www.example.com/path?x=1, also ftp://files.example.org/pub.
Old link: http://docs.python.org/2/ and https://github.com/python/cpython/issues/1"""

urls = re.findall(r"https?://[^\s,]+?(?=[.,]?(?:\s|$))", text)
for url in urls:
    print(url)
domains = [re.sub(r"^www\.", "", re.match(r"https?://([^/]+)", u).group(1)) for u in urls]
print(Counter(domains).most_common())
print(sum(1 for u in urls if u.startswith("https")), "secure of", len(urls))
