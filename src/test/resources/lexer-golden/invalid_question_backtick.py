a ? b
x = `y`
