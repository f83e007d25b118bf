import re

log = """10.0.0.1 - GET /index.html 200
192.168.1.254 - POST /login 401
256.100.0.1 - GET /bad 500
172.16.0.12 - GET /api 200
10.0.0.1 - GET /about 200
999.1.1.1 - GET / 404"""

octet = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
ip_re = re.compile(rf"\b{octet}(?:\.{octet}){{3}}\b")
candidates = re.findall(r"^\S+", log, re.M)
for candidate in candidates:
    print(f"{candidate:<15} {'valid' if ip_re.fullmatch(candidate) else 'invalid'}")

hits = {}
for ip, status in re.findall(r"^(\S+) - \w+ \S+ (\d{3})$", log, re.M):
    if ip_re.fullmatch(ip):
        hits.setdefault(ip, []).append(int(status))
print(hits)
private = [ip for ip in hits if re.match(r"^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", ip)]
print("private:", private)
