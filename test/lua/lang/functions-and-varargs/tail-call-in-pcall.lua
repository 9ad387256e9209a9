local function f(n) if n > 0 then return f(n - 1) end return "done", n end
print(pcall(f, 100000))
print(select("#", pcall(function() return end)))
local function g(...) return select("#", ...) end
local function h() return g(nil, nil) end
print(h())
