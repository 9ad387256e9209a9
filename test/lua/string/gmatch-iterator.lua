local it = string.gmatch("one two three", "%a+")
print(type(it))
print(it(), it(), it(), it(), it())
local it2 = string.gmatch("x", "(")
print(pcall(it2))
print(pcall(string.gmatch))
print(pcall(string.gmatch, "x"))
print(pcall(string.gmatch, {}, "x"))
local words = {}
for w in ("the cat sat"):gmatch("%a+") do words[#words + 1] = w:upper() end
print(table.concat(words, "-"))
