local t = {}
for i = 1, 10 do t[i] = i end
for k, v in pairs(t) do
  t[k] = v * 2
end
print(table.concat(t, ","))
for k in pairs(t) do
  if k % 2 == 0 then t[k] = nil end
end
local c = 0
for _ in pairs(t) do c = c + 1 end
print(c)
