local mt = {__concat = function(a, b)
  local function s(x) return type(x) == "table" and ("T" .. x.id) or tostring(x) end
  return s(a) .. "&" .. s(b)
end}
local a = setmetatable({id = 1}, mt)
local b = setmetatable({id = 2}, mt)
print(a .. b, a .. "x", "x" .. a, 1 .. a, a .. 2.5)
print("p" .. "q" .. a)
print(pcall(function() return {} .. a end))
