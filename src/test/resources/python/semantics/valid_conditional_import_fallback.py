try:
    import tomllib as toml
except ImportError:
    toml = None
print(toml is not None)
