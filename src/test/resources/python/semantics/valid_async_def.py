import asyncio


async def main() -> int:
    async def one() -> int:
        return 1
    total = 0
    for _ in range(2):
        total += await one()
    return total


print(asyncio.run(main()))
