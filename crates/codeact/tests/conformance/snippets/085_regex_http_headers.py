import re

raw_response = """HTTP/1.1 404 Not Found
Content-Type: text/html; charset=UTF-8
Content-Length: 1256
X-Request-ID: 7f3a-22b1
Set-Cookie: session=abc123; Path=/; HttpOnly
Cache-Control: no-cache"""

status_line, *header_lines = raw_response.splitlines()
m = re.match(r"HTTP/(\d\.\d) (\d{3}) (.+)", status_line)
version, code, reason = m.groups()
print(f"version={version} code={int(code)} reason={reason!r}")

headers = {}
for line in header_lines:
    name, value = re.split(r":\s*", line, maxsplit=1)
    headers[name.lower()] = value
print(sorted(headers))
charset = re.search(r"charset=([\w-]+)", headers["content-type"]).group(1)
print("charset:", charset, "length:", int(headers["content-length"]))
cookie = dict(re.findall(r"(\w+)=([^;]+)", headers["set-cookie"]))
print(cookie)
