for k in string.gmatch("a^a^ab", "^a") do io.write(k, ";") end print()
for k in string.gmatch("aaa", "^a") do io.write(k, ";") end print()
local n = 0
for k in string.gmatch("^^", "^") do n = n + 1 end
print(n)
for k in string.gmatch("a$b$", "%a$") do io.write(k, ";") end print()
for k in string.gmatch("ab", "b$") do io.write(k, ";") end print()
