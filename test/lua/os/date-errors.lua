-- invalid conversions and times
for _, f in ipairs{"%", "%9", "%O", "%E", "%Ea", "%Ez abc", "x%q", "%Oz", "%s", "%k", "%l", "%P", "%+", "%Ex%", "ab%\0cd"} do
  print(string.format("%q", f), pcall(os.date, f, 0))
end
print(pcall(os.date, "%Y", 2^60))
print(pcall(os.date, "!%Y", -2^60))
print(pcall(os.date, "*t", 1.5))
print(pcall(os.date, "%Y", "x"))
print(pcall(os.date, {}))
print(os.date("!%Y", 2^40), os.date("!%Y", -2^40))
print(os.date(""), os.date("!"), #os.date("\0\0"), #os.date("!\0\0"))
print(os.date(string.rep("%", 20), 0))
print(os.date("!%d", 0):rep(3) == os.date(string.rep("!%d", 1):sub(1) .. "%d%d", 0))
