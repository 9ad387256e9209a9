local n = 0
for i = math.maxinteger - 2, math.maxinteger - 1 do n = n + 1; io.write(i, " ") end print(n)
n = 0
for i = math.mininteger + 2, math.mininteger + 1, -1 do n = n + 1; io.write(i, " ") end print(n)
n = 0
for i = 1, math.huge do n = n + 1; if n == 5 then break end end print(n)
n = 0
for i = -1, -math.huge, -1 do n = n + 1; if n == 3 then break end end print(n)
for i = 1, 0.5 do print("never") end
for i = 0, -math.huge, -1 do if i < -3 then break end io.write(i, " ") end print()
for i = math.maxinteger - 1, 1e300 do io.write(math.type(i), " ") break end print()
for i = 1, 3, math.maxinteger // 2 do io.write(i, " ") end print()
