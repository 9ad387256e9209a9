local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return table.concat(o, " ") end
local t = {3, 1, 2, 2, 1, 3, 5, 4, 4}
print(pcall(table.sort, t, function(a, b) return a <= b end), show(t))
t = {5, 4, 3, 2, 1}
print(pcall(table.sort, t, function() return false end), show(t))
t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
print(pcall(table.sort, t, function() return true end), show(t))
local calls = 0
t = {9, 8, 7, 6, 5, 4, 3, 2, 1}
table.sort(t, function(a, b) calls = calls + 1 return a < b end)
print(calls, show(t))
local records = {}
for i = 1, 20 do records[i] = {key = i % 4, id = i} end
table.sort(records, function(a, b) return a.key < b.key end)
local o = {} for i = 1, 20 do o[i] = records[i].key .. ":" .. records[i].id end
print(table.concat(o, " "))
