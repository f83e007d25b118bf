log_text = """GET /index.html 200 512
POST /api/login 401 64
GET /api/items 200 2048
GET /missing 404 0
GET /api/items 200 1900
POST /api/items 201 128
GET /index.html 304 0"""


def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for line in lines:
        method, path, status, size = line.split()
        yield {"method": method, "path": path, "status": int(status), "size": int(size)}


def only_success(records):
    return (r for r in records if 200 <= r["status"] < 300)


def api_only(records):
    yield from (r for r in records if r["path"].startswith("/api"))


pipeline = api_only(only_success(parse(read_lines(log_text))))
total = 0
for record in pipeline:
    total += record["size"]
    print(record["method"], record["path"], record["status"])
print("api bytes:", total)
print(sum(1 for _ in parse(read_lines(log_text))), "lines parsed")
