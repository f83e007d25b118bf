import json
from datetime import date, datetime
from decimal import Decimal
from dataclasses import dataclass, asdict


@dataclass
class Invoice:
    number: str
    issued: date
    amount: Decimal


def to_jsonable(obj):
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


invoice = Invoice("INV-9", date(2024, 3, 31), Decimal("1999.90"))
record = {"invoice": asdict(invoice), "sent_at": datetime(2024, 4, 1, 9, 30), "labels": {3, 1, 2}}
print(json.dumps(record, default=to_jsonable, indent=2))
try:
    json.dumps({"when": date(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"obj": object()}, default=to_jsonable)
except TypeError as e:
    print("TypeError:", e)
