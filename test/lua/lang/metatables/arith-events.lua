local mt = {}
for _, e in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm", "idiv"}) do
  mt["__" .. e] = function(a, b) return e .. "(" .. type(a) .. "," .. type(b) .. ")" end
end
local o = setmetatable({}, mt)
print(o + 1, 1 - o, o * o, o / 2)
print(o % 3, 2 ^ o, -o, o // 1)
print("5" + o)
