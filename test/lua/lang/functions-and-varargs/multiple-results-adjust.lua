local function f() return 1, 2, 3 end
local a, b = f()
print(a, b)
print(f(), 10)
print(10, f())
print((f()))
local t = {f(), f()}
print(#t)
print(f() + 1, #{f(), nil})
local x, y, z, w = f()
print(x, y, z, w)
