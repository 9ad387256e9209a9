local a = [[
first line
second]]
print(a, #a)
print([==[with ]] inside]==])
print([[]], #[[]], [[a
]] == "a\n")
local b = [=[
]=]
print(#b, [[\n not escape]])
print(load("return [[abc"))
