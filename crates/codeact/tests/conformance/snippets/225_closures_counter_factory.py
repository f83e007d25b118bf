def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


tick, reset = make_counter()
print(tick(), tick(), tick())
reset()
print(tick())
by_ten, _ = make_counter(100, 10)
print(by_ten(), by_ten(), tick())


def make_id_generator(prefix):
    next_id = 0

    def generate():
        nonlocal next_id
        next_id += 1
        return f"{prefix}-{next_id:04d}"

    return generate


order_ids = make_id_generator("ORD")
invoice_ids = make_id_generator("INV")
print(order_ids(), order_ids(), invoice_ids(), order_ids())
