"""A None function whose try ... finally always raises: the finally runs, the exception goes on
(the Rust function once ended without its Ok(()) tail and did not compile)."""


def stop(code: int) -> None:
    try:
        raise ValueError(code)
    finally:
        print("finally ran for", code)


def outer() -> None:
    try:
        stop(1)
    except ValueError as e:
        print("caught", e)
    stop(2)


outer()
