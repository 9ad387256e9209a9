local function handler(msg) return "handled(" .. msg .. ")" end
local ok, e = xpcall(function() error("inner") end, handler)
print(ok, e)
error(e, 0)
