-- os.setlocale in a C-only build: "", "C", "POSIX" and bogus names, for every category
local cats = {"all", "collate", "ctype", "monetary", "numeric", "time"}
for _, c in ipairs(cats) do
  print(c, os.setlocale(nil, c), os.setlocale("C", c), os.setlocale("POSIX", c), os.setlocale("bogus", c), os.setlocale(nil, c))
end
print(os.setlocale("POSIX"), os.setlocale())
print(os.setlocale("C.UTF-8", "numeric"), os.setlocale(nil, "all"))
print(os.setlocale("C", "all"))
print(os.setlocale("en_US.UTF-8"), os.setlocale("fr_FR"), os.setlocale("de_DE@euro", "time"))
print(os.setlocale("C", "ctype"), os.setlocale(nil, "all"))
for _, bad in ipairs{"ALL", "", "LC_ALL", "number"} do print(pcall(os.setlocale, "C", bad)) end
print(pcall(os.setlocale, "C", 1))
print(os.setlocale(nil, nil))
print(string.format("%.1f", 1.5), tostring(2.5), tonumber("3.5"))
os.setlocale("C.UTF-8", "time")
local composite = os.setlocale()
print(composite)
print(os.setlocale("C"), os.setlocale(composite), os.setlocale(nil, "time"), os.setlocale(nil, "numeric"))
print(os.setlocale("LC_CTYPE=C;LC_NUMERIC=C"))
print(os.setlocale("LC_CTYPE=C;LC_BOGUS=C"))
print(os.setlocale(composite:gsub("C.UTF%-8", "POSIX"), "all"))
print(os.setlocale(composite, "time"))
print(os.setlocale("C"))
