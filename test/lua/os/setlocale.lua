-- os.setlocale: only the C locale exists
print(os.setlocale("C"))
print(os.setlocale())
print(os.setlocale("POSIX"))
print(os.setlocale("C", "numeric"), os.setlocale(nil, "numeric"))
for _, c in ipairs{"all", "collate", "ctype", "monetary", "numeric", "time"} do
  print(c, os.setlocale(nil, c), os.setlocale("C", c), os.setlocale("xx_YY", c))
end
print(os.setlocale("no-such-locale"))
print(pcall(os.setlocale, "C", "bad"))
print(pcall(os.setlocale, {}))
print(os.setlocale("C"))
