x = '''a
bc'''
if x:
    y = r'''
'''

