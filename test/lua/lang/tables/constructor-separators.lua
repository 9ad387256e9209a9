local t = {1, 2; 3, [10] = 4; x = 5,}
print(#t, t[10], t.x)
local e = {}
print(#e, next(e))
local n = {{1, 2}, {3, {4}}}
print(n[2][2][1], #n, #n[1])
local s = {["a b"] = 1, [2.0] = "two", [true] = "yes"}
print(s["a b"], s[2], s[true])
