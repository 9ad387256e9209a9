-- very long moves: only the first accesses happen before __newindex interrupts them
local maxI, minI = math.maxinteger, math.mininteger
local function firstAccesses(f, e, t)
  local got, put
  local a = setmetatable({}, {
    __index = function(_, k) got = k end,
    __newindex = function(_, k) put = k error("stop") end,
  })
  local ok, msg = pcall(table.move, a, f, e, t)
  print(ok, msg ~= nil, got, put)
end
firstAccesses(1, maxI, 0)
firstAccesses(0, maxI - 1, 1)
firstAccesses(minI, -2, -5)
firstAccesses(minI + 1, -1, -2)
firstAccesses(minI, -2, 0)
firstAccesses(minI + 1, -1, 1)
