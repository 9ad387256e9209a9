print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 ~= 1.0, "a" ~= "a")
print(math.mininteger < math.maxinteger, -0.0 < 0.0, -0.0 <= 0.0)
print(2^63 > math.maxinteger, -2^63 >= math.mininteger, -2^63 > math.mininteger)
print(math.maxinteger + 0.0 > math.maxinteger, 2^53 + 1 > 2^53)
