print(1 .. 2, 1 .. "", 1.5 .. "x", "x" .. 2^63, -1 .. -2)
print("a" .. "b" .. "c", ("x"):rep(3) .. 1)
local n = 10
print(n .. n, n / 4 .. "", math.mininteger .. "")
print(pcall(function() return "a" .. {} end))
print(pcall(function() return true .. "a" end))
