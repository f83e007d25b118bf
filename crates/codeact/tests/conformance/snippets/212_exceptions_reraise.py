import json

processed = []


def process(payload):
    try:
        data = json.loads(payload)
        processed.append(data["id"])
    except json.JSONDecodeError:
        print(f"  logging bad payload: {payload[:15]!r}")
        raise
    except KeyError as e:
        print(f"  payload missing {e}, wrapping")
        raise ValueError(f"invalid payload: missing {e}") from e


for payload in ['{"id": 1}', '{"name": "x"}', "not json at all", '{"id": 2}']:
    try:
        process(payload)
        print("processed", payload)
    except json.JSONDecodeError as e:
        print("decode error at pos", e.pos, "-", e.msg)
    except ValueError as e:
        print("value error:", e)
print(processed)
