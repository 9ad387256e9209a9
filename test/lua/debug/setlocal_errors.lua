-- setlocal argument checks
print(pcall(debug.setlocal))
print(pcall(debug.setlocal, 1))
print(pcall(debug.setlocal, 1, "x", 1))
print(pcall(debug.setlocal, 100, 1, 1))
local function f(a)
  print(debug.setlocal(1, 1, "new"), a)
  print(debug.setlocal(1, -1, "v"))
end
f("old")
