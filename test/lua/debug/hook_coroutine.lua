-- hooks are per thread
local lines = {}
local co = coroutine.create(function()
  local x = 1
  coroutine.yield()
  x = 2
end)
debug.sethook(co, function(e, l) lines[#lines + 1] = e .. " " .. tostring(l) end, "l")
local y = 1
coroutine.resume(co)
y = 2
coroutine.resume(co)
print(table.concat(lines, ", "))
print(debug.gethook())
print(select(2, debug.gethook(co)))
