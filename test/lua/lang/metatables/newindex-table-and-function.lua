local store = {}
local t = setmetatable({}, {__newindex = store})
t.a = 1
print(rawget(t, "a"), store.a)
local log = {}
local u = setmetatable({exists = 0}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v * 10) end})
u.x = 1; u.x = 2; u.exists = 5
print(table.concat(log, " "), u.x, u.exists)
