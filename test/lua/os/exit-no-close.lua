-- os.exit without closing the state: C's exit still flushes the open streams
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("flushed by exit\n")
io.write("stdout data\n")
os.execute("(while kill -0 $PPID 2>/dev/null; do sleep 0.05; done; cat " .. name .. "; rm -f " .. name .. ") &")
os.exit(true)
