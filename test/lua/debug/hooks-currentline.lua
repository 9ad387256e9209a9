-- currentline seen by call and return hooks: the first instruction's line on entry, the
-- returning line on exit; -1 for native functions
local function f()

  local x = 1
end
local function g(...)
  -- a comment
  return ...
end
local function h(a,
                 b)
  if a then
    return b
  end
end
local function empty() end
local t = {}
function t.m(self)
  return self
end
debug.sethook(function (e)
  local i = debug.getinfo(2, "lS")
  print(e, i.short_src, i.currentline)
end, "cr")
f()
g()
h(true, 2)
h(false)
empty()
t:m()
debug.sethook()
