for p, c in utf8.codes("héllo €") do io.write(p, ":", c, " ") end print()
for p, c in utf8.codes("") do print("never") end
for p, c in utf8.codes("\u{10ffff}a") do io.write(p, ":", c, " ") end print()
local f, s, i = utf8.codes("ab")
print(type(f), s, i)
print(f("ab", 0)) print(f("ab", 1)) print(f("ab", 2))
print(f("ab", 5), f("ab", -3))
print(f("héllo", 2))
print(f(123, 1))
