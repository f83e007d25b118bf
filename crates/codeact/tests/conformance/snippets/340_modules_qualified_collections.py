import collections

words = "to be or not to be that is the question to ask".split()
counts = collections.Counter(words)
print(counts.most_common(3))

groups = collections.defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(sorted(groups.items())))

Flight = collections.namedtuple("Flight", "code origin dest minutes")
flights = [Flight("BA117", "LHR", "JFK", 470), Flight("AF10", "CDG", "JFK", 495), Flight("LH400", "FRA", "JFK", 530)]
fastest = min(flights, key=lambda f: f.minutes)
print(fastest.code, f"{fastest.minutes // 60}h{fastest.minutes % 60:02d}m")

recent = collections.deque(maxlen=3)
for f in flights:
    recent.append(f.code)
print(list(recent), collections.OrderedDict(a=1, b=2))
