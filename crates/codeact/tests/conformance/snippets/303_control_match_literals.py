def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 400:
            return "bad request"
        case 401 | 403:
            return "auth problem"
        case 404:
            return "not found"
        case _ if 500 <= code < 600:
            return "server error"
        case _:
            return "unknown"


for code in [200, 204, 302, 401, 404, 418, 503]:
    print(code, http_status(code))


def command(text):
    match text.split():
        case ["go", direction]:
            return f"moving {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for text in ["go north", "take lamp key", "take", "exit", "", "dance wildly"]:
    print(repr(text), "->", command(text))
