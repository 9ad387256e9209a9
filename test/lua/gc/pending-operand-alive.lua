-- an operand waiting for the other one is not garbage while the other one collects
local log = {}
local mt = {__gc = function(o) log[#log + 1] = "finalized " .. o.name end,
            __concat = function(a, b) return a.name .. b end,
            __add = function(a, b) return a.name .. "+" .. b end}
local function collect() collectgarbage(); return " (finalized during the call: " .. #log .. ")" end
print(setmetatable({name = "left"}, mt) .. collect())
print(setmetatable({name = "sum"}, mt) + collect())
collectgarbage()
table.sort(log)
print(table.concat(log, ", "))
