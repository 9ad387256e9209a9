local c = 0
for i = math.maxinteger - 10, math.maxinteger - 5, 4 do c = c + 1; io.write(i, " ") end
print(c)
c = 0
for i = math.mininteger + 10, math.mininteger + 5, -4 do c = c + 1 end
print(c)
c = 0
for i = 1, 3, math.maxinteger // 2 do c = c + 1 end
print(c)
c = 0
for i = 2^52, 2^52 + 2 do c = c + 1 end
print(c, math.type(2^52))
for i = -3, -1 do io.write(i, " ") end print()
