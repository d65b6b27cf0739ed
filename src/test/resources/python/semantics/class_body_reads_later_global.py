class Config:
    level = DEFAULT


DEFAULT = 3
print(Config.level)
