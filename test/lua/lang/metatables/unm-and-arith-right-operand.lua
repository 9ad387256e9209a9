local mt = {__add = function(a, b)
  if type(a) == "table" then return "left:" .. type(b) end
  return "right:" .. type(a)
end, __unm = function(a) return "negated" end}
local o = setmetatable({}, mt)
print(o + 5, 5 + o, -o)
local p = setmetatable({}, {__add = function() return "p" end})
print(o + p, p + o)
