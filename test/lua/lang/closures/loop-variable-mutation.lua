local fs = {}
for i = 1, 3 do
  fs[#fs + 1] = function() i = i + 10; return i end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
local shared = {}
local x = 0
for i = 1, 3 do x = x + 1; shared[i] = function() return x end end
print(shared[1](), shared[2](), shared[3]())
