import asyncio

log = []


async def step(name, seconds):
    log.append(f"start {name}")
    await asyncio.sleep(seconds)
    log.append(f"end {name}")
    return len(name)


async def pipeline():
    a = await step("download", 0.01)
    b = await step("transform", 0.01)
    c = await step("upload", 0)
    return a + b + c


total = asyncio.run(pipeline())
print(total)
print(log)


async def compute(x):
    await asyncio.sleep(0)
    return x * x


async def squares():
    tasks = [asyncio.create_task(compute(i)) for i in range(5)]
    return [await t for t in tasks]


print(asyncio.run(squares()))
