if __name__ == "__main__":
    tags = {"b", "a"}
    for t in tags:
        print(t)
