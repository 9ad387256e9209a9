-- getlocal with negative indexes: the extra arguments of a vararg function
local function f(a, ...)
  local n = select("#", ...)
  for i = 1, n do
    print(debug.getlocal(1, -i))
  end
  print(debug.getlocal(1, -(n + 1)))
  print(debug.setlocal(1, -1, "changed"))
  print((...))
end
f(1, "x", nil, 3)
f(1)
local function g(a) print(debug.getlocal(1, -1)) end
g(1, 2, 3)
