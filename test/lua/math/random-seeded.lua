math.randomseed(42)
print(math.random(100), math.random(), math.random(5, 9))
local t = {}
for i = 1, 10 do t[i] = math.random(6) end
print(table.concat(t, " "))
math.randomseed(42)
print(math.random(100))
for _, seed in ipairs({0, 1, 2, -1, 2^32 - 1, 2^32, 2^40 + 7, -3.9, 3.9, 1e300, "12", 2^63}) do
  math.randomseed(seed)
  io.write(tostring(math.random(1000)), " ")
end
print()
math.randomseed(7)
print(math.random(math.maxinteger), math.random(math.mininteger, -1), math.random(0, math.maxinteger))
print(math.random(-5, 5), math.random(3, 3), math.random(2^53), math.random("10"))
print(string.format("%.17g", math.random()))
