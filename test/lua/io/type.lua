-- io.type and the FILE* metatable
print(io.type(io.stdout), io.type(io.stdin), io.type(nil), io.type("file"), io.type({}))
print(pcall(io.type))
local mt = getmetatable(io.stdout)
print(mt.__name, mt.__index == mt, type(mt.__gc), type(mt.__tostring))
local names = {}
for k in pairs(mt) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(getmetatable(io.stdin) == mt)
print(pcall(io.stdout.write, {}, "x"))
print(pcall(io.stdout.write, io.stdin, "x"))
