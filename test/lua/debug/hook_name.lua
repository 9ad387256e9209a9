-- inside a hook: getinfo names it "hook", the traceback shows it, level 2 is the hooked function
local count = 0
local function f()
  if count > 0 then return end
  count = count + 1
  local i = debug.getinfo(1, "n")
  print(i.name, i.namewhat)
  local tb = debug.traceback()
  print(tb:match("\n(.-)\n"):match("hook") ~= nil)
  print(debug.getinfo(2, "S").short_src)
end
debug.sethook(f, "l")
local a = 0
debug.sethook()
print(count)
