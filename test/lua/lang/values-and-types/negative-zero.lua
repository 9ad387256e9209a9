local z = -0.0
print(z, 0.0, z == 0.0, 1/z, 1/0.0)
print(-0, math.type(-0), 0 * -1, 0.0 * -1)
local t = {}
t[z] = "negzero"
print(t[0], t[0.0])
print(string.format("%g", -0.0), tostring(-0.0 + 0))
