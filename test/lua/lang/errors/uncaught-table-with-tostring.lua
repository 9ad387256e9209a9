local E = setmetatable({}, {__tostring = function() return "MyError: bad thing" end})
local function thrower() error(E) end
thrower()
