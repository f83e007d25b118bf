class Order:
    transitions = {
        "created": {"pay": "paid", "cancel": "cancelled"},
        "paid": {"ship": "shipped", "refund": "refunded"},
        "shipped": {"deliver": "delivered"},
    }

    def __init__(self, order_id):
        self.order_id = order_id
        self.state = "created"
        self.log = [self.state]

    def handle(self, event):
        allowed = self.transitions.get(self.state, {})
        if event not in allowed:
            print(f"  order {self.order_id}: cannot '{event}' when {self.state}")
            return False
        self.state = allowed[event]
        self.log.append(self.state)
        return True


for order_id, events in [(1, ["pay", "ship", "deliver"]), (2, ["ship", "pay", "refund", "ship"]),
                         (3, ["cancel", "pay"])]:
    order = Order(order_id)
    results = [order.handle(e) for e in events]
    print(f"order {order_id}: {' -> '.join(order.log)} ok={sum(results)}/{len(results)}")
