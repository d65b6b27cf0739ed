from typing import Optional


def pick(names: list[str], wanted: Optional[str]) -> str:
    if wanted is not None and wanted in names:
        return wanted.title()
    return "none"


print(pick(["ann", "bo"], "bo"), pick(["ann"], None), pick(["ann"], "cy"))
