local t = {x = 1, y = 2, z = 3, 10, 20, [5.5] = "f"}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
local sum = 0
for _, v in pairs(t) do if type(v) == "number" then sum = sum + v end end
print(sum)
print(select("#", pairs(t)), type(pairs(t)))
