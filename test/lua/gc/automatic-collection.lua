-- garbage created by a loop eventually triggers a collection that clears a weak table
local x = setmetatable({[1] = {}}, {__mode = "kv"})
local n = 0
while x[1] do local s = n .. "," .. n; n = n + 1 end
print("collected", n > 0)
collectgarbage("stop")
print(collectgarbage("isrunning"))
collectgarbage("restart")
print(collectgarbage("isrunning"), collectgarbage("step"), collectgarbage("collect"))
