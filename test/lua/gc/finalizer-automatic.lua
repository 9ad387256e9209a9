-- automatic collections (allocation growth) run finalizers too
local done = false
do setmetatable({}, {__gc = function() done = true end}) end
local n = 0
repeat local t = {n}; n = n + 1 until done
print("finalized by allocation", n > 0)
-- a stopped collector runs none until asked
collectgarbage("stop")
done = false
do setmetatable({}, {__gc = function() done = true end}) end
for i = 1, 100000 do local t = {i} end
print("stopped", done)
collectgarbage("restart")
collectgarbage()
print("restarted", done)
-- a dead coroutine's locals are garbage; a running one's are not
local fin = {}
local co = coroutine.create(function()
  local keep = setmetatable({}, {__gc = function() fin[#fin + 1] = "keep" end})
  coroutine.yield()
  return keep
end)
coroutine.resume(co)
collectgarbage(); collectgarbage()
print(#fin)
coroutine.resume(co)
co = nil
collectgarbage(); collectgarbage()
print(table.concat(fin, " "))
-- a block's locals are garbage once the block has ended
local gone = false
do local t = setmetatable({}, {__gc = function() gone = true end}) end
collectgarbage()
print("block local", gone)
