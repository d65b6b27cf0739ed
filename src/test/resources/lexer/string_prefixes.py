x = (r'a', R'b', b'c', B'd', u'e', U'f', f'g', F'h', rb'i', Rb'j', rB'k', RB'l', br'm', bR'n', Br'o', BR'p', fr'q', Fr'r', fR's', FR't', rf'u', rF'v', Rf'w', RF'x')
y = (rb"""a""", f'''{x}''', u"z")
