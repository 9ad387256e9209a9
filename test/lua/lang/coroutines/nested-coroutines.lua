local function gen(tag, n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(tag .. i) end
  end)
end
local merged = coroutine.wrap(function()
  local a, b = gen("a", 2), gen("b", 3)
  for _ = 1, 3 do
    local x, y = a(), b()
    coroutine.yield((x or "-") .. "/" .. (y or "-"))
  end
end)
print(merged(), merged(), merged())
