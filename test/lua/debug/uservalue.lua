-- getuservalue/setuservalue
local u = io.stdout
print(debug.getuservalue(u))
print(debug.setuservalue(u, {1}) == u)
print(type(debug.getuservalue(u)), debug.getuservalue(u)[1])
print(debug.setuservalue(u, 5) == u, debug.getuservalue(u))
debug.setuservalue(u, nil)
print(debug.getuservalue(u))
print(debug.getuservalue({}), debug.getuservalue(1), debug.getuservalue())
print(pcall(debug.setuservalue, {}, {}))
print(pcall(debug.setuservalue, u))
print(pcall(debug.setuservalue, 1, nil))
