local t = {a = {b = {}}}
function t.a.b.f(x) return "f" .. x end
function t.a.b:m(x) return self == t.a.b, x end
print(t.a.b.f(1), t.a.b:m(2))
local function rec(n) if n <= 1 then return 1 end return n * rec(n - 1) end
print(rec(10), rec(20), rec(21))
local anon = function(...) return ... end
print(anon(1, 2))
