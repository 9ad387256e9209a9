-- setupvalue changes the shared cell
local a, b = 1, 2
local function f() return a, b end
local function g() return b end
print(debug.setupvalue(f, 2, "xuxu"))
print(f())
print(g(), b)
print(debug.setupvalue(f, 3, "no"))
print(select("#", debug.setupvalue(f, 3, "no")))
print(pcall(debug.setupvalue, f, 1))
print(pcall(debug.setupvalue, nil, 1, 2))
local env = {print = print, tostring = tostring}
local chunk = load("x = 10; return x")
print(debug.setupvalue(chunk, 1, env))
print(chunk(), env.x, x)
