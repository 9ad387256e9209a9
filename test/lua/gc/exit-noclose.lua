-- os.exit without `close` ends the process without finalizers (buffers are still flushed)
X = setmetatable({}, {__gc = function() print("never printed") end})
io.write("before exit\n")
os.exit(true)
