import re

config = """# database settings
HOST = db.example.com
port = 5432
# Feature flags
ENABLE_CACHE = yes
enable_metrics = No
"""

setting = re.compile(r"^(\w+)\s*=\s*(.+)$", re.MULTILINE)
for key, value in setting.findall(config):
    print(f"{key.lower():<15} {value}")

comment = re.compile(r"^#\s*(.*)$", re.M)
print(comment.findall(config))

truthy = re.compile(r"\b(yes|true|on)\b", re.IGNORECASE)
print([bool(truthy.search(line)) for line in config.splitlines() if "=" in line])

dotall = re.compile(r"BEGIN(.*?)END", re.DOTALL)
print(dotall.findall("BEGIN\nline1\nline2\nEND BEGIN x END"))
print(setting.pattern[:10], bool(setting.flags & re.MULTILINE))
