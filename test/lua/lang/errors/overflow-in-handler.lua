-- a stack overflow while handling a stack overflow is "error in error handling"
local function loop(x) return 1 + loop(x) end
local res, msg = xpcall(loop, function(m)
  print(string.find(m, "stack overflow") ~= nil)
  local ok, err = pcall(loop)
  print(ok, err)
  return 15
end)
print(res, msg)
print(pcall(loop))
