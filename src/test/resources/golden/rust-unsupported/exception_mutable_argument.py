if __name__ == "__main__":
    raise ValueError("bad", [1, 2])
