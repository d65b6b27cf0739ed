def setup() -> None:
    global CONFIG
    CONFIG = {'debug': True}


setup()
print(CONFIG)
