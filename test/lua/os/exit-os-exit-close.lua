-- os.exit(code, true) closes the state: open pipes and files are closed before stdout is flushed
local p = assert(io.popen("cat", "w"))
p:write("pipe data\n")
io.write("stdout data\n")
io.stderr:write("stderr data\n")
os.exit(3, true)
