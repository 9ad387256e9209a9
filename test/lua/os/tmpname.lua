-- os.tmpname creates distinct files
local seen = {}
for i = 1, 20 do
  local n = os.tmpname()
  assert(not seen[n]); seen[n] = true
  local f = assert(io.open(n)); assert(f:read("a") == ""); f:close()
  assert(os.remove(n))
end
print("ok", #(next(seen)))
