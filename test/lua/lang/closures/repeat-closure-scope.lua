local fs = {}
local i = 0
repeat
  local captured = i
  fs[#fs + 1] = function() return captured end
  i = i + 1
until captured >= 2
print(#fs, fs[1](), fs[2](), fs[3]())
