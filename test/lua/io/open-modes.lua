-- io.open with every mode: what each allows, where it starts
local name = os.tmpname()
local function content()
  local f = assert(io.open(name, "rb"))
  local s = f:read("a")
  f:close()
  return s
end
local f = assert(io.open(name, "w")); f:write("hello\n"); f:close()
print("w", content())
f = assert(io.open(name, "a")); print("a seek", f:seek()); f:write("more\n"); f:close()
print("a", content())
f = assert(io.open(name, "r+")); print("r+ read", f:read("l")); f:seek("set", 0); f:write("J"); f:close()
print("r+", content())
f = assert(io.open(name, "a+")); print("a+ seek", f:seek()); print("a+ read", f:read("l")); f:write("tail\n"); f:close()
print("a+", content())
f = assert(io.open(name, "w+")); print("w+ read", f:read("a")); f:write("new"); f:seek("set"); print("w+", f:read("a")); f:close()
for _, m in ipairs{"rb", "wb", "ab", "r+b", "w+b", "a+b", "rbb"} do
  f = io.open(name, m); print(m, io.type(f)); f:close()
end
for _, m in ipairs{"", "x", "rw", "+r", "r+r", "br", "w++"} do
  print(m, pcall(io.open, name, m))
end
print(os.remove(name))
