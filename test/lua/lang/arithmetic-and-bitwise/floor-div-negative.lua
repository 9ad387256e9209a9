print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7.0 // 2, -7.0 // 2, 7 // -2.0, -7.5 // -2)
print(0 // 5, -0.0 // 1, 1 // math.huge, -1 // math.huge)
print(math.mininteger // 1, math.maxinteger // -1, math.mininteger // -1)
