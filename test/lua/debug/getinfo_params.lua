-- getinfo "u": nups, nparams, isvararg
local x, y = 1, 2
local function show(f)
  local i = debug.getinfo(f, "u")
  print(i.nups, i.nparams, i.isvararg)
end
show(function() end)
show(function(a, b, c) return x end)
show(function(a, ...) return x + y end)
show(function(...) return print end)
show(print)
show(string.format)
local t = {}
function t:m(a) end
show(t.m)
show(debug.getinfo(1, "f").func)
