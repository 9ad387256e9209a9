print(math.maxinteger * math.maxinteger, math.mininteger * math.mininteger)
print(0x100000000 * 0x100000000, 3037000500 * 3037000500)
print(math.maxinteger + math.maxinteger, math.mininteger + math.mininteger)
print(-math.maxinteger - 2, 123456789 * 987654321 * 1000)
