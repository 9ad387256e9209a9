-- finalizers run in reverse order of marking, at the collection that finds their object dead
local log = {}
local mt = {__gc = function(o) log[#log + 1] = o.name end}
for i = 1, 5 do setmetatable({name = "t" .. i}, mt) end
local kept = setmetatable({name = "kept"}, mt)
collectgarbage()
print(table.concat(log, " "))
-- marking happens at setmetatable: a metatable given __gc later marks nothing
log = {}
local late = {}
local x = setmetatable({name = "late"}, late)
late.__gc = function(o) log[#log + 1] = o.name end
x = nil
collectgarbage()
print(#log)
-- ... but setting the metatable again does
x = setmetatable({name = "again"}, late)
setmetatable(x, late)
x = nil
collectgarbage()
print(table.concat(log, " "))
-- a __gc that is not a function is ignored when the time comes, but marks the object
local flag = {__gc = true}
local y = setmetatable({name = "y"}, flag)
flag.__gc = function(o) print("finalizing", o.name) end
y = nil
collectgarbage()
-- the order follows marking, not creation
log = {}
local a, b, c = {name = "a"}, {name = "b"}, {name = "c"}
setmetatable(b, mt); setmetatable(c, mt); setmetatable(a, mt)
a, b, c = nil
collectgarbage()
print(table.concat(log, " "))
print(kept.name)
