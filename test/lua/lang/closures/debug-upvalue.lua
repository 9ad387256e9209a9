local x, y = 1, 2
local function f() return x + y end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3))
debug.setupvalue(f, 1, 10)
print(f(), x)
