"""itertools: groupby, starmap, zip_longest, and accumulate/islice/compress/dropwhile/takewhile edges."""
import itertools
import operator
from itertools import accumulate, groupby, starmap, zip_longest


def noisy(items: list[int]) -> list[int]:
    print("source", items)
    return items


def main() -> None:
    for key, group in groupby("aaabccdddd"):
        print(key, list(group))
    print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
    words: list[str] = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
    for first, grp in groupby(words, key=lambda w: w[0]):
        print(first, list(grp))
    for length, grp2 in itertools.groupby(sorted(words, key=len), len):
        print(length, sorted(grp2))
    groups = groupby([1, 1, 2, 2, 3])
    k1, g1 = next(groups)
    k2, g2 = next(groups)
    print(k1, list(g1), k2, list(g2))
    for k, g in groupby([5, 5, 6]):
        print(k, next(g))
    empty: list[int] = []
    print(len(list(groupby(empty))))
    pairs: list[tuple[int, int]] = [(2, 5), (3, 2), (10, 3)]
    print(list(starmap(pow, pairs)))
    print(list(starmap(operator.mul, pairs)))
    print(list(itertools.starmap(lambda a, b: a - b, pairs)))
    print(sum(starmap(lambda a, b: a * b, list(zip([1, 2, 3], [4, 5, 6])))))
    print(list(zip_longest([1, 2, 3], "ab")))
    print(list(zip_longest("abc", "x", fillvalue="-")))
    print(list(zip_longest([1.5], [2.5, 3.5], fillvalue=0.0)))
    print(list(itertools.zip_longest(empty, empty)))
    for a, b in zip_longest(["x", "y"], [10, 20, 30]):
        print(a, b)
    print(list(accumulate([1, 2, 3, 4], operator.mul)))
    print(list(accumulate([3, 1, 4, 1, 5], max)))
    print(list(accumulate([1, 2, 3], initial=100)))
    print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
    print(list(accumulate(empty, initial=5)))
    print(list(itertools.islice(range(20), 2, 12, 3)), list(itertools.islice("abcdef", 3)))
    print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print(list(itertools.dropwhile(lambda x: x < 3, noisy([1, 2, 3, 1]))))
    print(list(itertools.takewhile(lambda x: x < 3, noisy([1, 2, 3, 1]))))


if __name__ == "__main__":
    main()
