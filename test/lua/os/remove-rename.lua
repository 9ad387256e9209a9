-- os.remove and os.rename on files and directories
local a = os.tmpname()
local b = a .. "-renamed"
-- the names are random: show them as A and B
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    if type(t[i]) == "string" then t[i] = t[i]:gsub(b:gsub("%p", "%%%0"), "B"):gsub(a:gsub("%p", "%%%0"), "A") end
  end
  print(table.unpack(t, 1, t.n))
end
show(os.rename(a, b))
show(io.open(a))
show(os.rename(a, b))
show(os.remove(b))
show(os.remove(b))
show(os.remove("no-such-file"))
show(os.remove("no-such-dir/x"))
show(os.execute("mkdir " .. a .. "d"))
show(os.remove(a .. "d"))
show(os.remove("/"))
show(os.rename("no-such-file", "also-not"))
print(pcall(os.remove))
print(pcall(os.rename, "x"))
