-- inside a finalizer, the function whose allocation or call caused the collection is reported
-- as metamethod '__gc' (PUC marks its CallInfo CIST_FIN); the finalizer itself has no name
local seen
setmetatable({}, {__gc = function()
  local me, caller = debug.getinfo(1, "n"), debug.getinfo(2, "nS")
  seen = {me.name, me.namewhat, caller.name, caller.namewhat, caller.what}
end})
local function allocate() repeat local t = {} until seen end
allocate()
print(table.unpack(seen, 1, 5))
seen = nil
setmetatable({}, {__gc = function()
  local caller = debug.getinfo(2, "nS")
  seen = {caller.name, caller.namewhat, caller.what}
end})
collectgarbage()
print(table.unpack(seen, 1, 3))
-- once the finalizer is over, the caller has its own name again
local function named() return debug.getinfo(1, "n").name end
print(named())
