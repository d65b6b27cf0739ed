class C:
    del attr
