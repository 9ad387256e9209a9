local names = {}
for k in pairs(string) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(type(string.format), type(string.gmatch), package.loaded.string == string)
