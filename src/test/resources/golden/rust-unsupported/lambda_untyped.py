if __name__ == "__main__":
    f = lambda x: x + 1
