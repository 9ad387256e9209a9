local proxy = setmetatable({}, {__index = function(t, i) if i <= 4 then return i * 10 end end})
for i, v in ipairs(proxy) do print(i, v) end
local t = setmetatable({}, {__ipairs = function(self) return function(_, i) if i < 2 then return i + 1, "ip" end end, self, 0 end})
for i, v in ipairs(t) do print(i, v) end
