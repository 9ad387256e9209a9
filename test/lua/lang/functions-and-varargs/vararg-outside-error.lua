print(load("function f() return ... end"))
print(load("local function f(a) local b = ... end"))
print(load("return function(...) return function() return ... end end"))
print(type(load("return function(...) return ... end")))
