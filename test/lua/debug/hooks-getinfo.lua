-- getinfo inside hooks: 'f', 'L' (active lines), currentline, at several levels and on coroutines
local function keys(t)
  local r = {}
  for k in pairs(t) do r[#r + 1] = k end
  table.sort(r)
  return table.concat(r, ",")
end

local function f(a)
  local b = a + 1
  if b > 2 then
    b = b * 2
  else
    b = 0
  end
  for i = 1, 2 do
    b = b + i
  end
  return b
end

print(keys(debug.getinfo(f, "L").activelines))
print(keys(debug.getinfo(1, "L").activelines) ~= "")
print(debug.getinfo(print, "L").activelines)

local function g(t)
  for k, v in pairs(t) do
    t[k] = v +
      1
  end
  local s = {
    1,
    2,
  }
  while #s > 0 do
    table.remove(s)
  end
  repeat
    local x = 1
  until x
  return t
end
print(keys(debug.getinfo(g, "L").activelines))

-- the function being hooked, from the hook
local funcs = {}
debug.sethook(function (e)
  local info = debug.getinfo(2, "fS")
  funcs[#funcs + 1] = (info.func == f and "f") or (info.func == print and "print") or info.what
end, "c")
f(1)
print(1)
debug.sethook()
print(table.concat(funcs, " "))

-- the current line of every level while a line hook runs
local levels = {}
local function h() return 1 end
debug.sethook(function (e, l)
  if debug.getinfo(2, "f").func == h then
    local cl = {}
    for level = 2, 3 do cl[#cl + 1] = debug.getinfo(level, "l").currentline end
    levels[#levels + 1] = l .. "=" .. table.concat(cl, "/")
  end
end, "l")
h()
debug.sethook()
print(table.concat(levels, " "))

-- a suspended coroutine: its levels, lines and function
local co = coroutine.create(function (x)
  local y = x
  coroutine.yield(y)
  return y
end)
coroutine.resume(co, 5)
local info = debug.getinfo(co, 1, "lfLS")
print(info.currentline, type(info.func), info.what, keys(info.activelines))
print(debug.getinfo(co, 0, "S").what, debug.getinfo(co, 2))
