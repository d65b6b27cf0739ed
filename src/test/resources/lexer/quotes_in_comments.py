x = 1  # it's "quoted" '''not a string
y = '#not a comment'  # "
