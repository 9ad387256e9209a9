-- what another program sees of a buffered file: glibc writes whole buffers, never resizes
-- them for setvbuf, and keeps the one-byte buffer of "no"
local name = os.tmpname()
local function size() io.stdout:flush() os.execute("wc -c < " .. name) end
local f = io.open(name, "w")
f:write(string.rep("a", 100)) size()
f:write(string.rep("a", 4000)) size()
f:write(string.rep("a", 5000)) size()
f:flush() size()
f:write(string.rep("b", 4096)) size()
f:write("c") size()
f:setvbuf("line") f:write("x\ny") size()
f:setvbuf("no") size() f:write("z") size()
f:setvbuf("full") f:write("w") size()
f:close()
local g = io.open(name, "w") g:write(string.rep("a", 4096)) size() g:close()
g = io.open(name, "w") g:write(string.rep("a", 8192)) size() g:write("x") size() g:close()
g = io.open(name, "w") g:write(string.rep("a", 4095)) size() g:write("x") size() g:write("y") size() g:close()
os.remove(name)
