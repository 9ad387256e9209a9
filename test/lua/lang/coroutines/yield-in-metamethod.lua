local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
}
local co = coroutine.wrap(function()
  local o = setmetatable({}, mt)
  local v = o.foo
  local s = o + 1
  local c = o < o
  local cc = o .. "x"
  return v, s, c, cc
end)
print(co())
print(co("V"))
print(co("S"))
print(co(false))
print(co("CC"))
