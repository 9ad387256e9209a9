local t = {[1] = "a", "b"}
print(t[1])
local u = {"x", "y", [2] = "z"}
print(u[1], u[2])
local v = {[1] = 10, [2] = 20, 30, 40, [3] = 50}
print(v[1], v[2], v[3])
local w = {a = 1, a = 2, ["a"] = 3}
print(w.a)
