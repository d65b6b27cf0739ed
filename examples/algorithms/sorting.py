"""Classic comparison sorts on lists of integers."""


def bubble_sort(values: list[int]) -> list[int]:
    items = list(values)
    n = len(items)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        if not swapped:
            break
    return items


def insertion_sort(values: list[int]) -> list[int]:
    items = list(values)
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key
    return items


def merge(left: list[int], right: list[int]) -> list[int]:
    result: list[int] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result


def merge_sort(values: list[int]) -> list[int]:
    if len(values) <= 1:
        return list(values)
    middle = len(values) // 2
    return merge(merge_sort(values[:middle]), merge_sort(values[middle:]))


def quick_sort(values: list[int]) -> list[int]:
    if len(values) <= 1:
        return values
    pivot = values[len(values) // 2]
    smaller = [v for v in values if v < pivot]
    equal = [v for v in values if v == pivot]
    larger = [v for v in values if v > pivot]
    return quick_sort(smaller) + equal + quick_sort(larger)


if __name__ == "__main__":
    data = [38, 27, 43, 3, 9, 82, 10, -5, 0, 27]
    print("input:    ", data)
    print("bubble:   ", bubble_sort(data))
    print("insertion:", insertion_sort(data))
    print("merge:    ", merge_sort(data))
    print("quick:    ", quick_sort(data))
    print("builtin:  ", sorted(data, reverse=True))
    print("unchanged:", data == [38, 27, 43, 3, 9, 82, 10, -5, 0, 27])
