from typing import Protocol


class SupportsClose(Protocol):
    def close(self) -> None: ...


class FileLike:
    def __init__(self, path: str) -> None:
        self.path = path
        self.open = True

    def close(self) -> None:
        self.open = False
        print("closed", self.path)


class Connection:
    def __init__(self, port: int) -> None:
        self.port = port

    def close(self) -> None:
        print("disconnected from", self.port)


def shutdown(resource: SupportsClose, reason: str) -> None:
    print("shutting down:", reason)
    resource.close()


f = FileLike("/tmp/x")
shutdown(f, "done")
print(f.open)
shutdown(Connection(8080), "idle")
