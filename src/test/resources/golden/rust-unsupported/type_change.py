if __name__ == "__main__":
    total = 0
    total = "zero"
