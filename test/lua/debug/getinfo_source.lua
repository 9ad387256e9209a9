-- getinfo "S": source, short_src, what, linedefined, lastlinedefined
local function show(i)
  print(i.source, i.short_src, i.what, i.linedefined, i.lastlinedefined)
end
local function f()
  return 1
end
show(debug.getinfo(f, "S"))
show(debug.getinfo(print, "S"))
show(debug.getinfo(1, "S"))
local g = load("return function() end", "=mychunk")()
show(debug.getinfo(g, "S"))
g = load("\n\nreturn function()\nend", "@some/file.lua")()
show(debug.getinfo(g, "S"))
g = load("return function() end")()
show(debug.getinfo(g, "S"))
g = load("x = 1\nreturn function() end")()
show(debug.getinfo(g, "S"))
show(debug.getinfo(load("return 1", "=("..string.rep("x", 80)..")"), "S"))
local t = {}
function t.m(a)
end
show(debug.getinfo(t.m, "S"))
