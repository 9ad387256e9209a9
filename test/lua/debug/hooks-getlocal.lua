-- getlocal and setlocal from hooks: locals come into scope line by line, varargs, temporaries,
-- return hooks, coroutines
local function collect(level)
  local t = {}
  for i = 1, 20 do
    local n, v = debug.getlocal(level + 1, i)
    if not (n and n:find("^[%a_]")) then break end -- real variables only
    t[#t + 1] = n .. "=" .. tostring(v)
  end
  return table.concat(t, " ")
end

local function body(a, b)
  local c = a + b
  do
    local d = c * 2
    c = d
  end
  local e = c
  return e
end

local seen = {}
debug.sethook(function (ev, l)
  if debug.getinfo(2, "f").func == body then
    seen[#seen + 1] = ev .. (l and l or "") .. ": " .. collect(2)
  end
end, "lr")
body(1, 2)
debug.sethook()
for _, s in ipairs(seen) do print(s) end

-- varargs through negative indices, from a hook and directly
local function va(...)
  local x = 1
  return x
end
local vs = {}
debug.sethook(function (ev)
  if debug.getinfo(2, "f").func == va then
    for i = 1, 4 do vs[#vs + 1] = tostring(debug.getlocal(2, -i)) end
    debug.setlocal(2, -1, "changed")
    vs[#vs + 1] = select(2, debug.getlocal(2, -1))
  end
end, "c")
va(10, 20, 30)
debug.sethook()
print(table.concat(vs, " "))

-- C functions: their arguments are temporaries
print(debug.getlocal(0, 1))
print(debug.getlocal(0, 2))
print(debug.getlocal(0, 3))

-- a pending operand of `+` while the right operand calls
local function right()
  local n, v = debug.getlocal(2, 3)
  debug.setlocal(2, 3, 100)
  return n .. "/" .. tostring(v)
end
local r
local function left(p, q) local s = tostring(p + 1) .. right() return s end
print(left(1, 2))
local function arith(p, q) return (p + 1) + #right() end
print(arith(1, 2))

-- coroutines: locals of a suspended coroutine, read and written
local co = coroutine.create(function (x, ...)
  local y = x * 2
  local a, b = coroutine.yield(y)
  return x, y, a, b, ...
end)
coroutine.resume(co, 4, "va1", "va2")
print(debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2))
print(debug.getlocal(co, 1, -1), debug.getlocal(co, 1, -2), debug.getlocal(co, 1, -3))
print(debug.setlocal(co, 1, 2, 99), debug.getlocal(co, 1, 5))
print(coroutine.resume(co, "A", "B"))
