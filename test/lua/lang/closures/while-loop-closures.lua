local fs = {}
local i = 1
while i <= 3 do
  fs[i] = function() return i end
  i = i + 1
end
print(fs[1](), fs[2](), fs[3]())
