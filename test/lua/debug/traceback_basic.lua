-- traceback: message, levels, function descriptions
local function lvl3() print(debug.traceback("msg")) end
local function lvl2() lvl3() end
function lvl1() lvl2() end
lvl1()
print(debug.traceback("at 0", 0))
print(debug.traceback("at 2", 2))
print(debug.traceback("far", 50))
print(debug.traceback())
print(debug.traceback(nil, 1))
local t = {}
function t.method() local s = debug.traceback("in field"); return s end
print(t.method())
print(pcall(debug.traceback, "x", "y"))
