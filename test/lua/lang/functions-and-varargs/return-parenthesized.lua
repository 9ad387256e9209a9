local function f() return 1, 2 end
local function g() return (f()) end
local function h() return f() end
print(select("#", g()), select("#", h()))
print(select("#", (f())), select("#", ((nil))))
local function none() end
print(select("#", none()), select("#", (none())))
