if __name__ == "__main__":
    items = []
    print(items)
