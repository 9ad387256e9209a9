-- assert hands its message to error at level 1: string messages get the caller's position
print(pcall(function() assert(false, "boom") end))
print(pcall(function() assert(false) end))
print(pcall(function() assert(nil, nil) end))
print(select("#", pcall(function() assert(false, {}) end)))
print(pcall(assert, false))
print(pcall(assert, 1 == 1, "unused"))
print(select("#", assert(1, 2, 3)))
