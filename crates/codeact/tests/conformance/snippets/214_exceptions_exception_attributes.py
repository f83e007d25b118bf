class HTTPError(Exception):
    def __init__(self, status, url, body=""):
        self.status = status
        self.url = url
        self.body = body
        super().__init__(f"HTTP {status} for {url}")

    @property
    def retryable(self):
        return self.status >= 500 or self.status == 429


responses = [(200, "/users"), (404, "/users/9"), (503, "/search"), (429, "/search"), (500, "/pay")]
failures = []
for status, url in responses:
    try:
        if status >= 400:
            raise HTTPError(status, url, body='{"error": "nope"}')
        print(f"{url}: OK")
    except HTTPError as err:
        failures.append(err)
        print(f"{err} retryable={err.retryable} args={err.args}")
print(sorted({f.url for f in failures if f.retryable}))
print(max(failures, key=lambda e: e.status).status, str(failures[0]), len(failures[0].body))
