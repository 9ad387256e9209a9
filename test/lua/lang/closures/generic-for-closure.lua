local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
local sum = 0
for v in range(5) do sum = sum + v end
print(sum)
local r = range(2)
print(r(), r(), r(), r())
