-- hooks and errors, hooks changing hooks, the hook's own name and traceback
-- an error raised in a hook propagates to the hooked code
local ok, msg = pcall(function ()
  debug.sethook(function (e, l) debug.sethook(); error("from hook at " .. tostring(l)) end, "l")
  local x = 1
  return x
end)
print(ok, msg)

-- a hook removes itself: it runs once
local n = 0
debug.sethook(function () n = n + 1; debug.sethook() end, "l")
local a = 1
local b = 2
print(n, debug.gethook())

-- a hook replaces itself with another one
local log = {}
debug.sethook(function (e, l)
  log[#log + 1] = "first:" .. l
  debug.sethook(function (e2, l2) log[#log + 1] = "second:" .. l2 end, "l")
end, "l")
a = 3
b = 4
debug.sethook()
print(table.concat(log, " "))

-- the hook function is named "hook" by getinfo and the traceback
local names = {}
debug.sethook(function ()
  local info = debug.getinfo(1, "n")
  names[#names + 1] = info.namewhat .. "/" .. tostring(info.name)
  names[#names + 1] = (debug.traceback():match("\n[^\n]*\n([^\n]*)")):gsub("^%s+", "")
end, "l")
a = 5
debug.sethook()
print(table.concat(names, " | "))

-- hooks do not fire inside hooks
local inner = 0
debug.sethook(function (e)
  local function f() return 1 end
  f()
  inner = inner + 1
end, "c")
local function g() end
g()
debug.sethook()
print(inner)

-- getinfo reports currentline inside a line hook as the hooked line
local ok2 = true
debug.sethook(function (e, l)
  if debug.getinfo(2, "S").what ~= "C" and debug.getinfo(2, "l").currentline ~= l then ok2 = false end
end, "l")
for i = 1, 3 do
  a = i
end
debug.sethook()
print(ok2)

-- a hook that yields is an error ("attempt to yield across a C-call boundary")
local co = coroutine.create(function ()
  debug.sethook(function () coroutine.yield() end, "l")
  local x = 1
  return x
end)
print(coroutine.resume(co))
