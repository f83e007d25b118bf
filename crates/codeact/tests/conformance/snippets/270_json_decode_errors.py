import json

candidates = [
    '{"ok": true}',
    "{'single': 'quotes'}",
    '{"trailing": 1,}',
    '[1, 2, 3',
    '',
    'NaN',
    '{"a": 1} extra',
    '"just a string"',
    '42',
]
for text in candidates:
    try:
        value = json.loads(text)
        print(f"{text!r:22} -> {value!r} ({type(value).__name__})")
    except json.JSONDecodeError as error:
        print(f"{text!r:22} -> error: {error.msg} (line {error.lineno}, col {error.colno})")
print(issubclass(json.JSONDecodeError, ValueError))
