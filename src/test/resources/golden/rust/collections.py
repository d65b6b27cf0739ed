if __name__ == "__main__":
    xs = [3, 1, 2]
    xs.append(5)
    ages = {"ann": 30, "bob": 25}
    ages["cid"] = 35
    seen = {1, 2}
    seen.add(3)
    print(xs, sorted(xs), xs[1:], ages, ages.get("zed"), len(seen), 2 in seen)
    print([x * x for x in xs if x > 1], {k: v for k, v in ages.items() if v > 26})
    print(list(enumerate(["a", "b"])), list(zip(xs, xs[1:])), (1, "one"))
