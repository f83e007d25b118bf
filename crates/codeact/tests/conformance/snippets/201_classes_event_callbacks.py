class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(func):
            self.handlers.setdefault(event, []).append(func)
            return func
        return register

    def emit(self, event, **payload):
        results = []
        for handler in self.handlers.get(event, []):
            results.append(handler(**payload))
        return results


bus = EventBus()
audit_log = []


@bus.on("user_created")
def send_welcome(name, email):
    return f"welcome mail to {email}"


@bus.on("user_created")
def audit(name, email):
    audit_log.append(name)
    return f"audited {name}"


@bus.on("order_paid")
def fulfil(order_id, amount):
    return f"fulfilling order {order_id} ({amount:.2f})"


print(bus.emit("user_created", name="Nia", email="nia@example.com"))
print(bus.emit("order_paid", order_id=17, amount=42))
print(bus.emit("unknown_event"))
print(audit_log, {event: len(h) for event, h in bus.handlers.items()})
