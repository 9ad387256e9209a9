-- the bottom of the stack: main chunk, then the host's C function
local i = 1
while true do
  local info = debug.getinfo(i, "Sn")
  if not info then break end
  print(i, info.what, info.short_src, info.name, info.namewhat)
  i = i + 1
end
print(pcall(function() return debug.getinfo(2, "n").name end))
print(select(2, pcall(debug.getinfo, 1, "Sn")).what)
