if __name__ == "__main__":
    price = 1234.5
    name = "widget"
    count = 42
    print(f"{name:>10}|{price:,.2f}|{count:05d}|{0.256:.1%}|{name!r}")
    print(f"{{braces}} {count} items")
