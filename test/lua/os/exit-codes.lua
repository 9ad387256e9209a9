-- os.exit's status from the command's view
local prog = arg[-1]
local cmds = {"os.exit()", "os.exit(true)", "os.exit(false)", "os.exit(3)", "os.exit(256 + 7)", "os.exit(-1)", "os.exit(0, true)", "error('x')"}
for _, c in ipairs(cmds) do
  print(c, os.execute(prog .. " -e \"" .. c .. "\" 2>/dev/null"))
end
