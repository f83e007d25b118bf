line = "host=db.internal; port=5432 ;user = admin;timeout=30; ssl=true; tags=a,b,c ;empty="

settings = {}
for part in line.split(";"):
    if "=" not in part:
        continue
    key, _, value = part.partition("=")
    key, value = key.strip(), value.strip()
    if value.isdigit():
        value = int(value)
    elif value.lower() in ("true", "false"):
        value = value.lower() == "true"
    elif "," in value:
        value = value.split(",")
    settings[key] = value

for key, value in settings.items():
    print(f"{key:>8}: {value!r} ({type(value).__name__})")

query = "q=python+tips&page=2&sort=desc&page=3"
params = {}
for pair in query.split("&"):
    k, v = pair.split("=", 1)
    params.setdefault(k, []).append(v.replace("+", " "))
print(params)
