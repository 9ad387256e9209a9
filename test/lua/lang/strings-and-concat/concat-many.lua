local parts = {}
for i = 1, 20 do parts[#parts + 1] = i end
print(table.concat(parts, ","))
local s = ""
for i = 1, 10 do s = s .. i .. (i % 2 == 0 and ";" or ",") end
print(s, #s)
print(table.concat({}, "x"), table.concat({1, 2.5, "z"}, " "))
print(pcall(table.concat, {1, {}, 3}))
