async def f():
    async with a as b:
        await c
    if (n := len(x)) > 10:
        pass
