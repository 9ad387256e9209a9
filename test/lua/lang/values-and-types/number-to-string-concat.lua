print(1 .. 2, 1.0 .. "", -0.0 .. "", 2^63 .. "")
print(10 // 3 .. "|" .. 10 / 2 .. "|" .. 1e100)
print(math.mininteger .. "", 0x10 .. "", 1e15 .. "", 1e16 .. "")
local s = 3 .. ""
print(type(s), #s)
