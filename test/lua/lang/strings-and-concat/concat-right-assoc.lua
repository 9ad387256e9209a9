local mt = {__concat = function(a, b)
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return "(" .. x .. "+" .. y .. ")"
end}
local A = setmetatable({v = "A"}, mt)
local B = setmetatable({v = "B"}, mt)
print("x" .. A .. "y")
print(A .. B .. "z")
print(1 .. 2 .. A)
