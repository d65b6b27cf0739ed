from collections.abc import Mapping


def render(env: Mapping[str, int]) -> str:
    parts = []
    for key in sorted(env):
        parts.append(f"{key}={env[key]}")
    return ";".join(parts)


print(render({"b": 2, "a": 1}))
