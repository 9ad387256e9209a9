local obj = {name = "obj"}
function obj:greet(g) return g .. ", " .. self.name end
function obj.static(x) return x * 2 end
print(obj:greet("hi"), obj.greet(obj, "yo"), obj.static(21))
local s = "abc"
print(s:upper(), ("x"):rep(2), #s:rep(3))
local t = {f = function(...) return select("#", ...) end}
print(t:f(), t.f(), t:f(1, 2))
