counter = 0


def reset() -> None:
    global counter
    del counter


if __name__ == "__main__":
    reset()
