"""File errors: CPython's exception classes and messages, errno/strerror/filename, and the
exception that ends the program (traceback's last line on stderr, exit status 1)."""
import io
import os


def try_open(path: str, mode: str) -> None:
    try:
        f = open(path, "w") if mode == "w" else open(path, "x") if mode == "x" else open(path)
        with f:
            print("opened", f.name)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
        print(e.errno, e.strerror, e.filename)
    except IsADirectoryError as e:
        print("IsADirectoryError:", e, e.errno)
    except FileExistsError as e:
        print("FileExistsError:", e, e.filename)
    except NotADirectoryError as e:
        print("NotADirectoryError:", e)
    except OSError as e:
        print("other OSError:", e)


def read_closed(path: str) -> None:
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print("read:", e)
    try:
        f.readline()
    except ValueError as e:
        print("readline:", e)
    try:
        for line in f:
            print(line)
    except ValueError as e:
        print("iterate:", e)
    try:
        with f:
            print("entered")
    except ValueError as e:
        print("with:", e)


def main() -> None:
    with open("exists.txt", "w") as f:
        f.write("here\n")
    os.mkdir("folder")
    try_open("missing.txt", "r")
    try_open("no/such/dir.txt", "w")
    try_open("folder", "r")
    try_open("folder", "w")
    try_open("exists.txt", "x")
    try_open("exists.txt/inner", "r")
    try_open("exists.txt", "r")

    w = open("exists.txt", "a")
    try:
        w.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    w.close()
    r = open("exists.txt")
    try:
        r.write("x")
    except ValueError as e:
        print("as ValueError:", e)
    try:
        r.writelines(["x"])
    except OSError as e:
        print("as OSError:", e)
    r.close()
    try:
        r.write("late")
    except ValueError as e:
        print("closed write:", e)
    read_closed("exists.txt")

    try:
        open("missing.txt")
    except OSError as e:
        print("caught", e.args, repr(e))
    try:
        raise ValueError("not an OSError")
    except Exception as e:
        try:
            print(e.errno)  # type: ignore[attr-defined]
        except AttributeError as inner:
            print("AttributeError:", inner)
    try:
        raise FileNotFoundError("plain message")
    except OSError as e:
        print(e, e.errno, e.filename)

    print("and now an uncaught one")
    open("gone.txt")
    print("not reached")


if __name__ == "__main__":
    main()
