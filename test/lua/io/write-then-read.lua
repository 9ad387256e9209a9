-- reading right after writing, with no seek between (glibc: a read of a whole buffer or more
-- goes straight to the file and drops the unflushed writes; smaller reads flush them first)
local name = os.tmpname()
local function reset()
  local f = assert(io.open(name, "w")); f:write("0123456789"); f:close()
end
local function content()
  local f = assert(io.open(name, "rb")); local s = f:read("a"); f:close(); return s
end
for _, vbuf in ipairs{{"full"}, {"full", 16384}, {"full", 2}, {"line"}, {"no"}} do
  for _, fmt in ipairs{"a", "l", 1, 4095, 4096, 5000, "n", 0, "L"} do
    reset()
    local f = assert(io.open(name, "r+"))
    f:setvbuf(vbuf[1], vbuf[2])
    f:write("abc")
    local r = f:read(fmt)
    f:write("Z")
    f:close()
    print(vbuf[1], vbuf[2], fmt, r, content())
  end
end
local f = assert(io.open(name, "w"))
f:write("lost")
print(f:read("a"))
f:close()
print(content())
os.remove(name)
