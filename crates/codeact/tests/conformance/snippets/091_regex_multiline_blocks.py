import re

report = """[server-1]
status: ok
load: 0.42
[server-2]
status: degraded
load: 3.10
[server-3]
status: ok
load: 1.05"""

blocks = re.findall(r"^\[(.+?)\]\n((?:(?!\[).*\n?)*)", report, re.M)
servers = {}
for name, body in blocks:
    servers[name] = dict(re.findall(r"^(\w+): (.+)$", body, re.M))
for name, info in servers.items():
    print(name, info)
degraded = [n for n, i in servers.items() if i["status"] != "ok"]
print("degraded:", degraded)
print("lines starting with 'load':", len(re.findall(r"^load", report, re.M)))
print("ends with digit:", re.findall(r"\d$", report, re.M))
