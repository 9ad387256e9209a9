-- l_checkmode: [rwa]%+?b* ; anything else is "invalid mode"
local name = os.tmpname()
local modes = {"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "rbb", "r+bb",
  "", "+", "b", "rw", "wa", "rr", "r++", "rb+", "ab+", "x", "r x", " r", "r\0", "R", "W", "c",
  "rt", "wt", "re", "w+x", "wx", "rbx"}
for _, m in ipairs(modes) do
  local ok, f = pcall(io.open, name, m)
  if ok and f then f:close() end
  print(string.format("%q", m), ok, ok and io.type(f) or f)
end
print(pcall(io.open, name, 1))
print(pcall(io.open, name, {}))
print(pcall(io.open))
print(pcall(io.open, {}))
os.remove(name)
