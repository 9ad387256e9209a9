-- getinfo "l": currentline at each level; levels out of range give nil
local function inner()
  local here = debug.getinfo(1, "l").currentline
  local caller = debug.getinfo(2, "l").currentline
  return here, caller
end
local function outer()
  local a, b =
    inner()
  return a, b
end
print(outer())
print(debug.getinfo(1, "l").currentline)
print(debug.getinfo(0, "l").currentline)
print(debug.getinfo(print, "l").currentline)
print(debug.getinfo(outer, "l").currentline)
print(debug.getinfo(100))
print(debug.getinfo(-1))
print(debug.getinfo(2, "S").what, debug.getinfo(3))
