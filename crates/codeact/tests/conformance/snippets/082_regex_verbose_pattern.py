import re

url_pattern = re.compile(r"""
    ^(?P<scheme>https?)://          # scheme
    (?P<host>[\w.-]+)               # host name
    (?::(?P<port>\d+))?             # optional port
    (?P<path>/[^?#]*)?              # optional path
    (?:\?(?P<query>[^#]*))?         # optional query
    (?:\#(?P<fragment>.*))?$        # optional fragment
""", re.VERBOSE)

urls = [
    "https://example.com",
    "http://localhost:8000/api/v1/users?id=42&sort=name#top",
    "https://sub.domain.org/path/to/page.html",
    "ftp://not.supported/file",
]
for url in urls:
    m = url_pattern.match(url)
    if not m:
        print("no match:", url)
        continue
    parts = {k: v for k, v in m.groupdict().items() if v}
    print(parts)
