local function bind(f, ...)
  local args = table.pack(...)
  return function(...)
    local all = {table.unpack(args, 1, args.n)}
    for i = 1, select("#", ...) do all[args.n + i] = select(i, ...) end
    return f(table.unpack(all, 1, args.n + select("#", ...)))
  end
end
local add3 = function(a, b, c) return a + b + c end
print(bind(add3, 1)(2, 3), bind(add3, 1, 2)(3), bind(add3, 1, 2, 3)())
