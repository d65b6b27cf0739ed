"""Binary search, and breadth-first search on a small graph."""


def binary_search(items: list[int], target: int) -> int:
    low = 0
    high = len(items) - 1
    while low <= high:
        mid = (low + high) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1


def shortest_path(graph: dict[str, list[str]], start: str, goal: str) -> list[str]:
    previous: dict[str, str] = {}
    visited = {start}
    queue = [start]
    while len(queue) > 0:
        node = queue.pop(0)
        if node == goal:
            path = [goal]
            while path[-1] != start:
                path.append(previous[path[-1]])
            path.reverse()
            return path
        for neighbour in graph[node]:
            if neighbour not in visited:
                visited.add(neighbour)
                previous[neighbour] = node
                queue.append(neighbour)
    return []


if __name__ == "__main__":
    numbers = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]
    for target in [23, 2, 91, 7]:
        print(f"binary_search({target}) -> {binary_search(numbers, target)}")
    graph = {
        "home": ["park", "shop"],
        "park": ["home", "lake", "school"],
        "shop": ["home", "station"],
        "lake": ["park"],
        "school": ["park", "station"],
        "station": ["shop", "school", "airport"],
        "airport": ["station"],
    }
    print(shortest_path(graph, "home", "airport"))
    print(shortest_path(graph, "lake", "shop"))
    route = shortest_path(graph, "airport", "lake")
    print(" -> ".join(route), f"({len(route) - 1} hops)")
