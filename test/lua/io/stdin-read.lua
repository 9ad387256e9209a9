-- reading stdin when it is empty
print(io.read())
print(io.read("a"))
print(io.read("n"))
print(io.read(0))
print(io.read(5))
for l in io.lines() do print(l) end
print(io.stdin:read("L"))
