-- setlocal changes a live local and returns its name
local function f()
  local a, b = 1, 2
  print(debug.setlocal(1, 1, 10))
  print(debug.setlocal(1, 2, 20))
  local r = debug.setlocal(1, 4, 30)
  print(r)
  print(a, b)
end
f()
local function g(p)
  local function set() print(debug.setlocal(2, 1, "from inner")) end
  set()
  return p
end
print(g("orig"))
local function captured()
  local c = 1
  local function get() return c end
  debug.setlocal(1, 1, 99)
  print(c, get())
end
captured()
