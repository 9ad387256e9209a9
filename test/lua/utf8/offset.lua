local s = "a\xe4\xb8\xadb"
for n = -5, 5 do io.write(tostring(utf8.offset(s, n)), " ") end print()
print(utf8.offset(s, 0, 3), utf8.offset(s, 0, 2), utf8.offset(s, 0, 5), utf8.offset(s, 0, 6))
print(utf8.offset(s, 1, 2), utf8.offset(s, 2, 2), utf8.offset(s, -1, 5), utf8.offset(s, -1, 2))
print(utf8.offset("abc", 1, 4), utf8.offset("abc", 0, 4), utf8.offset("abc", -1, -1), utf8.offset("abc", 1, -1))
print(utf8.offset("", 1), utf8.offset("", -1), utf8.offset("", 0))
print(utf8.offset("abc", math.maxinteger), utf8.offset("abc", math.mininteger))
local t = "héllo"
local i = 1
while i do io.write(i, " ") i = utf8.offset(t, 2, i) end print()
