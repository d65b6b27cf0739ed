"""A missing dict key ends the program with KeyError and status 1."""

if __name__ == "__main__":
    stock = {"apple": 3, "pear": 0}
    for fruit in ["apple", "pear", "plum"]:
        print(fruit, stock[fruit])
