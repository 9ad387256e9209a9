local function worker()
  coroutine.yield("ok")
  error("worker failed")
end
local w = coroutine.wrap(worker)
print(w())
w()
