local function show(x) return type(x), type(x) == "table" and #x or x end
print(show"str")
print(show[[long]])
print(show{1, 2, 3})
local mk = function(t) return function(s) return t.p .. s end end
print(mk{p = ">"}"tail")
print(type(print), select("#", print()))
