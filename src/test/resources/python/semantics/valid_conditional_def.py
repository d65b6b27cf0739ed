import sys

if sys.version_info >= (3,):
    def h() -> int:
        return 1
else:
    def h() -> int:
        return 2
print(h())
