match 0:
    case x if x:
        print('truthy')
    case _ if x == 0:
        print('x is', x)
