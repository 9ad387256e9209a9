-- getlocal/setlocal argument errors
print(pcall(debug.getlocal, 20, 1))
print(pcall(debug.getlocal, -1, 1))
print(pcall(debug.setlocal, -1, 1, 10))
print(pcall(debug.setlocal, 50, 1, 10))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, "a", 1))
print(pcall(debug.setlocal, 1, 1))
print(pcall(debug.getlocal, {}, 1))
