local function adder(n) return function(x) n = n + x; return n end end
local a = adder(10)
print(a(1), a(1), adder(0)(5))
local function make(...)
  local t = {...}
  return function(i) return t[i] end
end
print(make("x", "y")(2))
