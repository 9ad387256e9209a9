-- C closures have upvalues too (named ""), e.g. gmatch's iterator and coroutine.wrap's function
local g = string.gmatch("ab", "x")
for i = 1, 4 do print(i, select("#", debug.getupvalue(g, i)), (debug.getupvalue(g, i))) end
print(select(2, debug.getupvalue(g, 1)), select(2, debug.getupvalue(g, 2)), type(select(2, debug.getupvalue(g, 3))))
print(debug.getupvalue(print, 1))
print(debug.upvalueid(g, 1) ~= debug.upvalueid(g, 2), debug.upvalueid(g, 1) == debug.upvalueid(g, 1))
print(pcall(debug.upvalueid, g, 4))
print(type(select(2, debug.getupvalue(coroutine.wrap(print), 1))))
print(pcall(debug.upvaluejoin, g, 1, function() return g end, 1))
