local co = coroutine.create(function(...)
  local n = select("#", ...)
  local a, b, c = coroutine.yield(n, ...)
  return select("#", coroutine.yield()), a, b, c
end)
print(coroutine.resume(co, nil, nil))
print(coroutine.resume(co, 1, nil, 3))
print(coroutine.resume(co, nil, nil, nil, nil))
