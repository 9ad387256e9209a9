local f
do
  local x = "captured"
  f = function() return x end
  x = "modified"
end
print(f())
local g
for i = 1, 2 do
  local y = i * 100
  g = function(d) y = y + d; return y end
end
print(g(1), g(1))
