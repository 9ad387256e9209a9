-- getregistry: the registry table with the main thread and the globals
local r = debug.getregistry()
print(type(r))
print(r[2] == _G)
print(type(r[1]), r[1] == coroutine.running())
print(r._LOADED == package.loaded)
print(debug.getregistry() == r)
