import time


def busy(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def main() -> None:
    start = time.perf_counter()
    start_ns = time.perf_counter_ns()
    mono = time.monotonic()
    cpu = time.process_time()
    wall = time.time()
    wall_ns = time.time_ns()
    print(busy(200000))
    time.sleep(0.05)
    time.sleep(0)
    elapsed = time.perf_counter() - start
    print(elapsed >= 0.05, elapsed < 5.0)
    print(time.perf_counter_ns() - start_ns >= 50_000_000, time.monotonic() - mono >= 0.05)
    print(time.process_time() >= cpu, time.time() >= wall, time.time_ns() >= wall_ns, wall > 1.6e9)
    print(isinstance(start_ns, int), isinstance(wall, float))
    try:
        time.sleep(-1)
    except ValueError as e:
        print("ValueError:", e)
    time.sleep(float("nan"))


if __name__ == "__main__":
    main()
