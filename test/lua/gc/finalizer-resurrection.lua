-- an object being finalized comes back to life; its finalizer runs only once
local saved
local mt = {__gc = function(o) saved = o; print("finalizing", o.v) end}
do local t = setmetatable({v = 1, child = {w = 2}}, mt) end
collectgarbage()
print(saved and saved.v, saved and saved.child.w)
saved = nil
collectgarbage()
print(saved)
-- set the metatable again to be finalized again
local again = setmetatable({v = 3}, mt)
again = nil
collectgarbage()
local s = saved
saved = nil
setmetatable(s, mt)
s = nil
collectgarbage()
print(saved and saved.v)
-- weak values lose an object before its finalizer runs; weak keys keep it until it is gone
local wv = setmetatable({}, {__mode = "v"})
local wk = setmetatable({}, {__mode = "k"})
local seen
do
  local o = setmetatable({}, {__gc = function(o) seen = {wv = wv[1] ~= nil, wk = wk[o] ~= nil} end})
  wv[1] = o
  wk[o] = true
end
collectgarbage()
print(seen.wv, seen.wk)
collectgarbage()
print(next(wk))
-- an object reachable only from a finalized one survives one more cycle with it
local weak = setmetatable({}, {__mode = "v"})
do
  local inner = {}
  weak[1] = inner
  setmetatable({inner = inner}, {__gc = function(o) print("inner alive", weak[1] == o.inner) end})
end
collectgarbage()
print(weak[1])
