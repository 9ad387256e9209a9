-- while a finalizer runs, the collector does not run by itself
setmetatable({}, {__gc = function() print("running:", collectgarbage("isrunning")) end})
collectgarbage()
print("after:", collectgarbage("isrunning"))
-- a finalizer can collect: the remaining ones run inside it, in order
local log = {}
local mt = {__gc = function(o)
  log[#log + 1] = o.i
  if o.i == 3 then collectgarbage() end
end}
for i = 1, 4 do setmetatable({i = i}, mt) end
collectgarbage()
print(table.concat(log, " "))
-- a finalizer's traceback and name
setmetatable({}, {__gc = function()
  local info = debug.getinfo(1, "nS")
  print(info.name, info.namewhat, info.what)
  print(debug.traceback("tb", 1))
end})
collectgarbage()
-- objects finalized at close, newest first; errors then are silent; new objects are not finalized
A = setmetatable({}, {__gc = function() print("close A") end})
B = setmetatable({}, {__gc = function() print("close B"); error("ignored") end})
C = setmetatable({}, {__gc = function(o)
  print("close C")
  setmetatable({}, getmetatable(o))
  D = setmetatable({}, {__gc = function() print("never") end})
end})
print("end of chunk")
