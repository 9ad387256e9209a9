-- file names and shell commands reach the system byte for byte (not re-encoded as UTF-8)
local dir = os.tmpname()
os.remove(dir)
assert(os.execute("mkdir " .. dir))
local names = {"caf\xc3\xa9", "latin\xe9", "\xff\xfe", "plain"}
for _, n in ipairs(names) do
  local f = assert(io.open(dir .. "/" .. n, "w"))
  f:write(n)
  f:close()
end
io.stdout:flush()
os.execute("ls " .. dir .. " | od -An -c")
for _, n in ipairs(names) do
  print(io.lines(dir .. "/" .. n)() == n, os.rename(dir .. "/" .. n, dir .. "/" .. n .. "\xa0"))
end
local p = io.popen("cat '" .. dir .. "/latin\xe9\xa0' | od -An -tx1")
print(p:read("a"))
p:close()
p = io.popen("od -An -tx1", "w")
p:write("\xe9\0\xff")
io.stdout:flush()
p:close()
print(os.execute("test -f '" .. dir .. "/\xff\xfe\xa0'"))
print(os.execute("exit 4 # \xe9"))
for _, n in ipairs(names) do print(os.remove(dir .. "/" .. n .. "\xa0")) end
print(select(2, os.remove(dir .. "/\xe9")):sub(-27))
print(os.remove(dir))
