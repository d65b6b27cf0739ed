class Resource:
    def __enter__(self) -> "Resource":
        return self

    def __exit__(self, *args: object) -> None:
        print("exit")


def use() -> None:
    with Resource() as r:
        print(r)


use()
