print(1 + 1.0, 3 - 1.0, 2 * 0.5, 1 + 2, math.type(1 + 1.0))
print(10 / 2, math.type(10 / 2), 2^2, math.type(2^2))
print(2^53 + 1, math.type(2^53 + 1), 9007199254740993 + 0.0)
print(-(-1), -(-1.0), -math.mininteger == math.mininteger)
