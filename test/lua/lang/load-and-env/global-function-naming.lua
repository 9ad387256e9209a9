function globalfn() error("in global") end
local t = {}
function t.fieldfn() error("in field") end
print(pcall(globalfn))
print(pcall(t.fieldfn))
print(pcall(load("function lf() error('in loaded') end lf()")))
