-- files and pipes left open are closed when the program ends, newest first
local name = os.tmpname()
-- a background shell shows the file once this program has ended (started first, so that it
-- holds no end of the pipes below)
os.execute("(while kill -0 $PPID 2>/dev/null; do sleep 0.05; done; cat " .. name .. "; rm -f " .. name .. ") &")
local p = assert(io.popen("cat >> " .. name, "w"))
local q = assert(io.popen("sed 's/^/second pipe: /' >> " .. name, "w"))
local f = assert(io.open(name, "a"))
p:write("first pipe, closed last\n")
q:write("closed before the first\n")
f:write("the file, closed first\n")
io.write("buffered stdout\n")
print(io.type(f), io.type(p), io.type(q))
