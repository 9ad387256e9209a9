local calls = 0
local t = setmetatable({present = 1}, {__index = function(t, k)
  calls = calls + 1
  return type(k) == "number" and k * 2 or ("key:" .. tostring(k))
end})
print(t.present, t.foo, t[21], t[1.5], calls)
print(rawget(t, "foo"))
