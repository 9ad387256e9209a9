-- upvalueid: the same cell gives equal ids
local a, b = 1, 2
local function f() return a, b end
local function g() return b, a end
local function h() local c = 3; return function() return c end end
print(type(debug.upvalueid(f, 1)))
print(debug.upvalueid(f, 1) == debug.upvalueid(g, 2))
print(debug.upvalueid(f, 2) == debug.upvalueid(g, 1))
print(debug.upvalueid(f, 1) == debug.upvalueid(f, 2))
print(debug.upvalueid(h(), 1) == debug.upvalueid(h(), 1))
print(debug.upvalueid(f, 1) == debug.upvalueid(f, 1))
print(tostring(debug.upvalueid(f, 1)):match("^userdata: ") ~= nil)
print(pcall(debug.upvalueid, f, 3))
print(pcall(debug.upvalueid, print, 1))
print(pcall(debug.upvalueid, f))
print(pcall(debug.upvalueid, {}, 1))
