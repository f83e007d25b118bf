addresses = ["john.doe@example.com", "alerts+billing@shop.co.uk", "invalid-address",
             "first.last@sub.domain.org", "@missing.user", "x@y"]

for address in addresses:
    user, sep, domain = address.partition("@")
    if not sep or not user or "." not in domain:
        print(f"{address:<28} INVALID")
        continue
    tag = ""
    if "+" in user:
        user, tag = user.split("+", 1)
    name, _, tld = domain.rpartition(".")
    print(f"{address:<28} user={user:<10} tag={tag or '-':<8} domain={name} tld={tld}")

host = "www.api.example.com"
print(host.split(".", 1)[1], host.rsplit(".", 2)[-2:], host.count("."))
