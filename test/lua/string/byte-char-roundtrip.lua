local s = ""
for i = 0, 255, 17 do s = s .. string.char(i) end
print(#s, string.byte(s, 1, -1))
print(string.char(string.byte(s, 1, -1)) == s)
print(string.byte(s, -2, -1))
