-- getinfo "f" and the default options
local function f()
  return debug.getinfo(1, "f").func, debug.getinfo(2, "f").func
end
local me, caller = f()
print(me == f, caller == debug.getinfo(1, "f").func)
print(debug.getinfo(1, "f").func == debug.getinfo(1).func)
local keys = {}
for k in pairs(debug.getinfo(f)) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
keys = {}
for k in pairs(debug.getinfo(1)) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
keys = {}
for k in pairs(debug.getinfo(1, "")) do keys[#keys + 1] = k end
print(#keys)
