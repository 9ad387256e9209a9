-- getlocal/setlocal on a suspended coroutine
local co = coroutine.create(function(a, b)
  local c = a + b
  local r = coroutine.yield(c)
  return a, b, c, r
end)
print(coroutine.resume(co, 1, 2))
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
print(debug.getlocal(co, 1, 3))
print(debug.getlocal(co, 1, 4))
print(debug.setlocal(co, 1, 1, 100))
print(coroutine.resume(co, "r"))
print(pcall(debug.getlocal, co, 1, 1))
