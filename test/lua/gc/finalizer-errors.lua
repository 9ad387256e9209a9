-- errors in __gc reach the code that caused the collection, with PUC's wording
setmetatable({}, {__gc = function() error("boom") end})
print(pcall(collectgarbage))
setmetatable({}, {__gc = function() error({}) end})
print(pcall(collectgarbage))
setmetatable({}, {__gc = function() error(42) end})
print(pcall(collectgarbage))
setmetatable({}, {__gc = function() error("lvl", 0) end})
print(pcall(collectgarbage))
-- past xpcall's message handler
setmetatable({}, {__gc = function() error("handler?") end})
print(xpcall(collectgarbage, function(m) return "handled: " .. m end))
-- an error stops the run; the other finalizers wait for the next collection
local log = {}
local mt = {__gc = function(o) log[#log + 1] = o.i; if o.i == 3 then error("three") end end}
for i = 1, 5 do setmetatable({i = i}, mt) end
print(pcall(collectgarbage))
print(table.concat(log, " "))
collectgarbage()
print(table.concat(log, " "))
-- a finalizer cannot yield
local co = coroutine.wrap(function()
  setmetatable({}, {__gc = function() coroutine.yield(1) end})
  return pcall(collectgarbage)
end)
print(co())
