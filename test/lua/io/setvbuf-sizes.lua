-- setvbuf's size is checked but ignored (liolib passes no buffer): the buffer stays 4096 bytes
local name = os.tmpname()
local function size() io.stdout:flush() os.execute("wc -c < " .. name) end
for _, sz in ipairs{1, 10, 100, 4096, 100000} do
  local f = assert(io.open(name, "w"))
  print(sz, f:setvbuf("full", sz))
  f:write(string.rep("x", 50))
  size()
  f:write(string.rep("x", 4050))
  size()
  f:close()
end
local f = assert(io.open(name, "w"))
print(f:setvbuf("line", 2))
f:write("abc")
size()
f:write("def\ngh")
size()
print(pcall(f.setvbuf, f, "full", "x"))
print(pcall(f.setvbuf, f, "full", 2^63))
f:close()
size()
os.remove(name)
