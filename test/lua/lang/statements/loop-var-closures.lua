local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
for _, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return v end end
local k = 0
while k < 2 do
  k = k + 1
  local kk = k
  fs[#fs + 1] = function() return kk end
end
for _, f in ipairs(fs) do io.write(tostring(f()), " ") end
print()
