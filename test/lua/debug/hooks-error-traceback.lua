-- an uncaught error raised by a line hook: the traceback shows the hook and the hooked line
local function work()
  local x = 1
  return x
end
debug.sethook(function (e, l)
  if l == 4 then error("stop at line " .. l) end
end, "l")
work()
