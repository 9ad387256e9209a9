-- hooks can read the hooked function's locals
local function collect(level)
  local t = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name then break end
    -- PUC also lists the frame's temporaries, which luaref does not keep
    if name:sub(1, 2) == "(*" then break end
    t[#t + 1] = name .. "=" .. tostring(value)
    i = i + 1
  end
  return table.concat(t, " ")
end
local function foo(a, b)
  do local x, y, z end
  local c, d = 10, 20
  return
end
debug.sethook(function(e)
  local i = debug.getinfo(2, "n")
  if i.name == "foo" then print(e, collect(2)) end
end, "cr")
foo(100, 200)
debug.sethook()
local seen = {}
local function bar(p)
  local q = p * 2
  local r = q + 1
  return r
end
debug.sethook(function(e, l)
  if debug.getinfo(2, "f").func == bar then seen[#seen + 1] = l .. ":" .. collect(2) end
end, "l")
bar(1)
debug.sethook()
for _, s in ipairs(seen) do print(s) end
