response = {
    "user": {
        "profile": {"name": "Jordan", "address": {"city": "Lisbon", "zip": "1100-001"}},
        "settings": {"theme": "dark"},
    },
    "meta": {"request_id": "abc-123"},
}


def get_path(data, path, default=None):
    current = data
    for key in path.split("."):
        if not isinstance(current, dict) or key not in current:
            return default
        current = current[key]
    return current


for path in ["user.profile.name", "user.profile.address.city", "user.settings.language",
             "meta.request_id", "user.profile.address.zip.code"]:
    print(f"{path!r:35} -> {get_path(response, path, 'N/A')}")

city = response.get("user", {}).get("profile", {}).get("address", {}).get("city")
country = response.get("user", {}).get("profile", {}).get("address", {}).get("country", "unknown")
print(city, country)
