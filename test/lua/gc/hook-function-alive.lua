-- a hook function is kept alive by its thread (weak-keyed registry table in PUC)
local gone = false
do
  local guard = setmetatable({}, {__gc = function() gone = true end})
  debug.sethook(function() local g = guard end, "c")
end
collectgarbage()
debug.sethook()
print("hook's upvalue alive while the hook is set", not gone)
collectgarbage()
print("collected once the hook is removed", gone)
