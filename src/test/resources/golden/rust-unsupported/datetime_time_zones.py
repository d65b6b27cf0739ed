from datetime import datetime, timezone


def aware() -> datetime:
    return datetime(2024, 1, 5, tzinfo=timezone.utc)


def posix(d: datetime) -> float:
    return d.timestamp()


def from_posix() -> datetime:
    return datetime.fromtimestamp(0)


def offset() -> datetime:
    return datetime.strptime("2024-01-05 +0100", "%Y-%m-%d %z")


def epoch(d: datetime) -> str:
    return d.strftime("%s")


def repeated(d: datetime) -> int:
    return d.fold


def zone() -> object:
    return timezone
