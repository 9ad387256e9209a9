-- io.popen: close returns the command's status triple; reading and writing pipes
for _, cmd in ipairs{"true", "false", "exit 0", "exit 1", "exit 255", "exit 256", "kill -9 $$", "kill -15 $$", "kill -2 $$"} do
  local p = assert(io.popen(cmd))
  print(cmd, p:read("a"), p:close())
end
local p = io.popen("echo a; exit 5", "r")
print(p:read("l"), p:read("l"), p:close())
local name = os.tmpname()
p = assert(io.popen("cat > " .. name, "w"))
p:write("line one\n", 2, "\n", 3.5, "\n")
print(p:close())
for l in io.lines(name) do print(l) end
p = assert(io.popen("wc -l < " .. name))
print(p:read("n"), p:close())
p = io.popen("cat > /dev/null; exit 9", "w")
for i = 1, 1000 do p:write(string.rep("z", 100)) end
print(p:close())
p = io.popen("printf 'x y\\nz'")
for a, b in p:lines(1, "l") do print(a, b) end
print(p:close())
print(pcall(p.read, p))
os.remove(name)
