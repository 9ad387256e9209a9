-- os.tmpname makes a new empty file under /tmp each time
local names = {}
for i = 1, 5 do
  local n = os.tmpname()
  names[i] = n
  local f = io.open(n, "r")
  print(n:match("^/tmp/lua_[%w]+$") ~= nil, #n, io.type(f), f and f:read("a"))
  if f then f:close() end
end
print(names[1] ~= names[2], names[2] ~= names[3])
for _, n in ipairs(names) do print(os.remove(n)) end
local ok, extra = pcall(os.tmpname, "ignored")
print(ok, type(extra), os.remove(extra))
