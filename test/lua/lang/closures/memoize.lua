local function memoize(f)
  local cache, calls = {}, 0
  return function(x)
    if cache[x] == nil then calls = calls + 1; cache[x] = f(x) end
    return cache[x]
  end, function() return calls end
end
local sq, ncalls = memoize(function(x) return x * x end)
print(sq(3), sq(3), sq(4), sq(3.0), ncalls())
