def start() -> None:
    global ready
    ready = True


if __name__ == "__main__":
    start()
    print(ready)
