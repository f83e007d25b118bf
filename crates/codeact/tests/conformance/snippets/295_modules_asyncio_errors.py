import asyncio


async def call_tool(name):
    await asyncio.sleep(0.01)
    if name == "broken":
        raise ConnectionError(f"tool {name!r} unavailable")
    return f"{name}: ok"


async def main():
    results = await asyncio.gather(call_tool("search"), call_tool("broken"), call_tool("calc"),
                                   return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("failed:", type(r).__name__, r)
        else:
            print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out as expected")
    try:
        await call_tool("broken")
    except ConnectionError as e:
        print("caught directly:", e)


asyncio.run(main())
