local M = {}
M.util = {}
function M.util.check(x)
  return x.value + 1
end
print(M.util.check({value = 1}))
M.util.check({})
