total_requests = 0
CONFIG = {"verbose": False}


def handle_request(path):
    global total_requests
    total_requests += 1
    if CONFIG["verbose"]:
        print(f"  handling {path}")
    return f"{path}: 200"


def outer():
    level = "outer"

    def middle():
        level = "middle"

        def inner():
            nonlocal level
            level = "changed by inner"
            return level

        inner()
        return level

    result = middle()
    return level, result


print(handle_request("/"), handle_request("/about"))
CONFIG["verbose"] = True
print(handle_request("/contact"))
print("total:", total_requests)
print(outer())
x = 10


def shadow():
    x = 20
    return x


print(shadow(), x)
