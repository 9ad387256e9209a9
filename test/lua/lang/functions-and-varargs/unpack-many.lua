local t = {}
for i = 1, 200 do t[i] = i end
print(select("#", table.unpack(t)))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) end
  return s
end
print(sum(table.unpack(t)))
print(math.max(table.unpack(t)))
