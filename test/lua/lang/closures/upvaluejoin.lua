local a, b = "A", "B"
local function fa() return a end
local function fb() return b end
debug.upvaluejoin(fa, 1, fb, 1)
print(fa(), fb())
b = "changed"
print(fa())
print(debug.upvalueid(fa, 1) == debug.upvalueid(fb, 1))
