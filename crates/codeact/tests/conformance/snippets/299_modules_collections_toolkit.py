from collections import Counter, OrderedDict, ChainMap, defaultdict, deque

stock = Counter(apples=5, pears=3)
sold = Counter(apples=2, pears=3, figs=1)
print(stock - sold, stock + sold, stock & sold, stock | sold)
stock.update({"apples": 10, "kiwis": 4})
print(stock, stock.total(), sorted(stock.elements())[:4])
stock.subtract(sold)
print(stock)

lru = OrderedDict()
for key in ["a", "b", "c", "a", "d"]:
    lru[key] = key.upper()
    lru.move_to_end(key)
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru.items()))

defaults = {"theme": "light", "lang": "en", "page_size": 20}
user_prefs = {"theme": "dark"}
settings = ChainMap(user_prefs, defaults)
print(settings["theme"], settings["lang"], len(settings), dict(settings))

tree = lambda: defaultdict(tree)
catalog = tree()
catalog["books"]["fiction"]["count"] = 3
print(catalog["books"]["fiction"]["count"], "music" in catalog)
d = deque([1, 2, 3], maxlen=3)
d.appendleft(0)
print(d, d.maxlen)
