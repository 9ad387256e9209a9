local s = "abcabc"
for _, i in ipairs({-10, -7, -6, -1, 0, 1, 3, 6, 7, 8, 100}) do
  print(i, s:find("abc", i), s:find("", i), s:find("c", i, true))
end
print(s:find("b", math.mininteger), s:find("b", math.maxinteger))
print(pcall(string.find, s, "b", 1.5))
print(pcall(string.find, s, "b", "x"))
