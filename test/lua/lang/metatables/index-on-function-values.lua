local mt = {__index = function(t, k) return k .. "!" end}
debug.setmetatable(nil, mt)
local x = nil
print(x.hello, (nil).foo)
debug.setmetatable(nil, nil)
print(pcall(function() return x.hello end))
debug.setmetatable(10, {__index = math})
print((16):sqrt(), (2.5):floor())
debug.setmetatable(10, nil)
