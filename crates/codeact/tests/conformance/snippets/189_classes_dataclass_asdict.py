from dataclasses import dataclass, asdict, astuple, field, fields
import json


@dataclass
class Address:
    street: str
    city: str
    country: str = "US"


@dataclass
class Customer:
    id: int
    name: str
    address: Address
    orders: list = field(default_factory=list)
    vip: bool = False


customer = Customer(7, "Rosa Diaz", Address("99 Main St", "Brooklyn"), [1001, 1004])
data = asdict(customer)
print(data)
print(json.dumps(data, indent=2))
print(astuple(customer.address))
print([f.name for f in fields(Customer)])
restored = Customer(**{**data, "address": Address(**data["address"])})
print(restored == customer, restored.address.city)
