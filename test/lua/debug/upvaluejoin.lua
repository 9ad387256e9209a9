-- upvaluejoin: make an upvalue of f1 refer to an upvalue cell of f2
local a, b = "a", "b"
local function f1() return a end
local function f2() return b end
debug.upvaluejoin(f1, 1, f2, 1)
print(f1(), f2())
b = "new b"
print(f1())
print(debug.upvalueid(f1, 1) == debug.upvalueid(f2, 1))
print(pcall(debug.upvaluejoin, f1, 2, f2, 1))
print(pcall(debug.upvaluejoin, f1, 1, f2, 3))
print(pcall(debug.upvaluejoin, print, 1, f2, 1))
print(pcall(debug.upvaluejoin, f1, 1, print, 1))
print(pcall(debug.upvaluejoin, f1, 1, {}, 1))
print(pcall(debug.upvaluejoin, f1))
print(select("#", debug.upvaluejoin(f1, 1, f2, 1)))
