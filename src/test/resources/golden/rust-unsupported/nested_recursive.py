def count_down(n: int) -> None:
    def step(k: int) -> None:
        if k > 0:
            print(k)
            step(k - 1)

    step(n)


if __name__ == "__main__":
    count_down(3)
