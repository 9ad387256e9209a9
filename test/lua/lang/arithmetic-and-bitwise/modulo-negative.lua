print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(5 % 2.5, -0.0 % 1, 0 % -3, math.mininteger % -1)
print(math.type(7 % 3), math.type(7 % 3.0), 5.3 % 1 < 0.31)
