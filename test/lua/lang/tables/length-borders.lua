print(#{1, 2, 3}, #{}, #{nil}, #{1, nil}, #{n = 3})
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[100] = nil
print(#t)
t[101] = 1
print(#t == 99 or #t == 101)
local s = {1, 2, 3}
s[#s + 1] = 4
s[#s + 1] = 5
print(#s, s[5])
