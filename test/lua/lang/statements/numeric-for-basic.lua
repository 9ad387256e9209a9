for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do print("never") end
for i = 1, 1 do io.write("once ") end print()
for i = 10, 1, -3 do io.write(i, " ") end print()
for i = 1, 3 do local j = i; i = i * 10; io.write(i, ":", j, " ") end print()
