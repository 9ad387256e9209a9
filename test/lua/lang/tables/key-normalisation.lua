local t = {}
t[1.0] = "a"
print(t[1], math.type(next(t)))
t[2] = "b"
print(t[2.0])
t[2^53] = "big"
print(t[math.tointeger(2^53)])
t[-0.0] = "z"
print(t[0])
local k = next({[3.0] = true})
print(k, math.type(k))
print(rawget(t, 1.0), rawequal(t[1], t[1.0]))
