local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
for v in gen(4) do io.write(v, " ") end
print()
local g = gen(1)
print(g(), g())
print(pcall(g))
