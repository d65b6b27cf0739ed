"""A web server's access log read as a pipeline of generators.

Each stage takes an iterator and yields to the next one, so a line is read, parsed and
judged before the next line is touched: the output interleaves the stages' messages.
"""
from dataclasses import dataclass
from typing import Iterator

ACCESS_LOG = """
# path status millis
/index.html 200 35
/search 200 420
/login 302 12
this line is broken
/search 500 1250
/images/logo.png 404 3
/checkout 200 310
/index.html 200 41
"""


@dataclass
class Request:
    path: str
    status: int
    millis: int


def lines(text: str) -> Iterator[str]:
    """The log's meaningful lines: no blanks, no comments."""
    for raw in text.splitlines():
        line = raw.strip()
        if line != "" and not line.startswith("#"):
            yield line


def parse(rows: Iterator[str]) -> Iterator[Request]:
    for row in rows:
        parts = row.split()
        if len(parts) != 3 or not parts[1].isdigit():
            print(f"  skipping malformed line: {row!r}")
            continue
        yield Request(parts[0], int(parts[1]), int(parts[2]))


def slow(requests: Iterator[Request], limit: int) -> Iterator[Request]:
    for r in requests:
        if r.millis > limit:
            yield r


def running_average(requests: Iterator[Request]) -> Iterator[tuple[str, float]]:
    total = 0
    count = 0
    for r in requests:
        total += r.millis
        count += 1
        yield r.path, total / count


def main() -> None:
    print("Slow requests:")
    for r in slow(parse(lines(ACCESS_LOG)), 300):
        print(f"  {r.path} took {r.millis} ms (status {r.status})")

    print("Running average latency:")
    for path, avg in running_average(parse(lines(ACCESS_LOG))):
        print(f"  after {path:<18} {avg:8.1f} ms")

    statuses: dict[int, int] = {}
    for r in parse(lines(ACCESS_LOG)):
        statuses[r.status] = statuses.get(r.status, 0) + 1
    for status in sorted(statuses):
        print(f"status {status}: {statuses[status]} request(s)")

    requests = parse(lines(ACCESS_LOG))
    first = next(requests)
    print("first request:", first)
    errors = sum(1 for r in requests if r.status >= 400)
    print("errors after the first request:", errors)
    print("any server error:", any(r.status >= 500 for r in parse(lines(ACCESS_LOG))))


if __name__ == "__main__":
    main()
