-- getlocal: parameters first, then locals in declaration order
local function f(a, b)
  local c = a + b
  local d = "d"
  local i = 1
  while true do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    print(i, name, value)
    i = i + 1
  end
end
f(1, 2)
local function g(x)
  local y = x * 2
  do
    local z = 3
    print(debug.getlocal(1, 3))
  end
  local w = 4
  print(debug.getlocal(1, 3))
  print(debug.getlocal(1, 2))
end
g(5)
