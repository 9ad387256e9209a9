local env = {y = 5}
local f = load("x = 10; return y", "c", "t", env)
print(f(), env.x, x)
local g = load("return print", "c", "t", {})
print(g())
local h = load("return tostring(1)", "c", "t", {tostring = function() return "mine" end})
print(h())
print(pcall(load("return z.w", "c", "t", {})))
