local q = {}
for i = 1, 10 do table.insert(q, i) end
for i = 1, 5 do table.insert(q, 1, -i) end
print(#q, table.concat(q, " "))
local out = {}
while #q > 0 do out[#out + 1] = table.remove(q, 1) end
print(table.concat(out, " "))
local stack = {}
for i = 1, 4 do stack[#stack + 1] = i * i end
print(table.remove(stack), table.remove(stack), #stack)
