-- reading a large command output through a pipe, by lines and counts
local p = io.popen("seq 1 20000")
local n, sum = 0, 0
for l in p:lines("n") do n = n + 1; sum = sum + l end
print(n, sum, p:close())
p = io.popen("head -c 100000 /dev/zero | tr '\\0' 'y'")
local total = 0
while true do
  local s = p:read(4096)
  if not s then break end
  total = total + #s
end
print(total, p:close())
p = io.popen("printf 'a\\nb'")
print(p:read("L"), p:read("L"), p:read("L"))
print(p:close())
