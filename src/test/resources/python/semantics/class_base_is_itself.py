class A(A):
    pass
