"""Checks _json_errors.locate and .message against CPython's own json
decoder on some 18,000 malformed and valid documents (mutations of a few
valid ones): every message and position must be CPython's.

    python3 crates/codeact/src/exec/pymod/tools/json_errors_check.py
"""
import json, random, importlib.util
import pathlib
HERE = pathlib.Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("jerr", HERE / "_json_errors.py")
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
rng = random.Random(1)
base = ['{"a": 1, "b": [1, 2, {"c": null}], "d": "x\\ny"}', '[1, 2.5, -3e2, true, false, null, "s"]', '{"k": {"n": [], "m": {}}}', '  [ 1 , 2 ]  ', '"\\u00e9\\t"', '{"a":\n 1,\n "b": 2}']
chars = list(',:{}[]"\\ \n\tabtuenl0123456789-.eE+') + ['\x01']
fails = 0; total = 0
docs = []
for b in base:
    for _ in range(3000):
        s = list(b)
        for _ in range(rng.randint(1, 3)):
            op = rng.random(); i = rng.randrange(len(s) + 1)
            if op < 0.4 and s: s.pop(min(i, len(s) - 1))
            elif op < 0.8: s.insert(i, rng.choice(chars))
            elif s: s[min(i, len(s)-1)] = rng.choice(chars)
        docs.append("".join(s))
docs += ['{"a": 1,}', '[1, 2,]', 'nul', '{"a": tru}', '', '1.', '[-]', '"\\u12"', '"\\u12345', '"\\q"', '{"a" 1}', '01', '[01]']
for d in docs:
    try:
        json.loads(d); exp = None
    except json.JSONDecodeError as e:
        exp = (e.msg, e.pos)
    got = m.locate(d)
    if got is not None: got = tuple(got)
    total += 1
    if got != exp:
        fails += 1
        if fails <= 8: print(repr(d), "cpython", exp, "ours", got)
print("fails", fails, "of", total)
bad = 0
for d in docs:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        if m.message(d, e.pos, e.msg) != str(e):
            bad += 1
            if bad < 4: print(repr(d), str(e), m.message(d, e.pos, e.msg))
print("message mismatches", bad)
