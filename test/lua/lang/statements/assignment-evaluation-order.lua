local t = {}
local function idx(n) io.write("idx", n, " "); return n end
local function val(n) io.write("val", n, " "); return n end
t[idx(1)], t[idx(2)] = val(10), val(20)
print()
print(t[1], t[2])
local a, b, c = (function() return 1, 2 end)(), 3
print(a, b, c)
