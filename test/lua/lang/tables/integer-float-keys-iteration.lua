local t = {}
t[1] = "a"; t[2.0] = "b"; t[3] = "c"
for i, v in ipairs(t) do print(i, math.type(i), v) end
print(#t)
t[2^31] = "x"
print(t[2147483648], t[2^31])
