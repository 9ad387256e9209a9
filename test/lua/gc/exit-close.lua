-- os.exit(code, true) closes the state: pending finalizers run; os.exit(code) does not
X = setmetatable({}, {__gc = function() print("finalized at close") end})
io.write("before exit\n")
os.exit(3, true)
