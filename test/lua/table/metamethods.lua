-- 5.3's table functions go through __index, __newindex and __len
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k return k * 10 end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v) end,
  __len = function() return 3 end,
})
print(table.concat(proxy, ","))
print(table.unpack(proxy))
table.insert(proxy, "x")
table.insert(proxy, 1, "y")
print(table.remove(proxy))
print(table.concat(log, " "))
log = {}
table.sort(proxy)
print(#log > 0)
local store = {}
local t = setmetatable({}, {__index = store, __newindex = store, __len = function() return #store end})
table.insert(t, "a") table.insert(t, "b") table.insert(t, 1, "c")
print(rawlen(t), #store, table.concat(t, ","))
table.sort(t) print(table.concat(store, ","))
print(table.remove(t, 1), table.concat(store, ","))
