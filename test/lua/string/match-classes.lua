local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
for _, c in ipairs({"a", "c", "d", "g", "l", "p", "s", "u", "w", "x", "z"}) do
  local lower = all:gsub("[^%" .. c .. "]", "")
  local upper = all:gsub("[^%" .. c:upper() .. "]", "")
  local bytes = {}
  for i = 1, #lower do bytes[#bytes + 1] = lower:byte(i) end
  print(c, #lower, #upper, table.concat(bytes, ","))
end
print(string.match("x", "%q"), string.match("a.b", "%."), string.match("%", "%%"))
