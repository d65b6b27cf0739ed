"""os and os.path: posixpath's text rules, file-system tests, directories, the environment."""
import os
import os.path
from os import path
from os.path import join, splitext


def main() -> None:
    for parts in [["a", "b"], ["a/", "b"], ["a", "/b", "c"], ["", "x"], ["a", ""], ["/", "etc", "hosts"]]:
        print(parts, repr(join(parts[0], parts[1])))
    print(os.path.join("a", "b", "c"), os.path.join("/a", "b/", "c"), path.join("x", "y"))
    for p in ["", "/", "//", "a", "a/", "a/b", "/a/b/", "a//b", "///a", ".bashrc", "a/b.c.d", "a.b/c",
              "..", "a/.hidden.txt", "x...y", "/usr/lib/"]:
        print(repr(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.split(p), splitext(p),
              os.path.isabs(p), repr(os.path.normpath(p)))
    for p in ["a/./b/../c", "../../x", "/../x", "a/b/../../..", "//a/../b", "./", "a/b/.."]:
        print(repr(p), repr(os.path.normpath(p)))
    print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.name)

    here = os.getcwd()
    print(os.path.abspath("x/../y") == os.path.join(here, "y"), os.path.isabs(os.path.abspath(".")))
    print(os.listdir("."), os.listdir())
    os.makedirs("one/two/three")
    os.makedirs("one/two", exist_ok=True)
    try:
        os.makedirs("one/two")
    except FileExistsError as e:
        print("FileExistsError:", e)
    os.mkdir("solo")
    with open(os.path.join("one", "f.txt"), "w") as f:
        f.write("12345")
    print(sorted(os.listdir(".")), sorted(os.listdir("one")))
    print(os.path.exists("one"), os.path.isdir("one"), os.path.isfile("one"))
    print(os.path.exists("one/f.txt"), os.path.isfile("one/f.txt"), os.path.getsize("one/f.txt"))
    print(os.path.exists("nope"), os.path.isfile("nope"), os.path.isdir("nope"))
    try:
        os.path.getsize("nope")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    os.remove("one/f.txt")
    try:
        os.remove("one/f.txt")
    except OSError as e:
        print("OSError:", e)
    try:
        os.remove("one")
    except IsADirectoryError as e:
        print("IsADirectoryError:", e)
    try:
        os.rmdir("one")
    except OSError as e:
        print("OSError:", e.errno, e.strerror)
    os.rmdir("solo")
    try:
        os.listdir("solo")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    try:
        os.mkdir("one")
    except FileExistsError as e:
        print("FileExistsError:", e)

    print(os.environ.get("PORTALIS_SURELY_UNSET"), os.getenv("PORTALIS_SURELY_UNSET"))
    print(os.environ.get("PORTALIS_SURELY_UNSET", "fallback"), os.getenv("PORTALIS_SURELY_UNSET", "dflt"))
    print(os.environ.get("PYTHONHASHSEED"), os.environ["PYTHONHASHSEED"])
    home = os.environ.get("HOME")
    print(home is not None)
    try:
        print(os.environ["PORTALIS_SURELY_UNSET"])
    except KeyError as e:
        print("KeyError:", e)
    print(os.environ["PORTALIS_SURELY_UNSET_TOO"])


if __name__ == "__main__":
    main()
