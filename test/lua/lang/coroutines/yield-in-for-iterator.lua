local function iter()
  return coroutine.wrap(function()
    coroutine.yield("a", 1)
    coroutine.yield("b", 2)
  end)
end
local outer = coroutine.wrap(function()
  for k, v in function() return coroutine.yield("asking") end do
    print("loop", k, v)
  end
  return "loop done"
end)
print(outer())
print(outer("k1", "v1"))
print(outer(nil))
for k, v in iter() do print(k, v) end
