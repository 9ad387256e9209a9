-- getupvalue: names and values, in the order the function first uses them
local a, b, c = 1, 2, 3
local function foo1(x) b = x; return c end
local function foo2(x) a = x; return c + b end
local function dump(f)
  local i = 1
  while true do
    local name, value = debug.getupvalue(f, i)
    if not name then break end
    print(i, name, value)
    i = i + 1
  end
end
dump(foo1)
dump(foo2)
print(debug.getupvalue(foo1, 3))
print(debug.getupvalue(foo1, 0))
print(select("#", debug.getupvalue(foo1, 5)))
print(select("#", debug.getupvalue(print, 1)))
print(debug.getupvalue(load("return x"), 1) == "_ENV")
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, foo1))
