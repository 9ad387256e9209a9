-- os.execute: the status triple for exits and signals, and the no-argument form
print(os.execute())
print(os.execute(nil))
for _, cmd in ipairs{"true", "false", "exit 0", "exit 3", "exit 255", "exit 256", "kill -9 $$", "kill -15 $$", "kill -1 $$", "kill -2 $$", "kill -3 $$", ""} do
  print(string.format("%q", cmd), os.execute(cmd))
end
io.stdout:flush()
print(os.execute("echo from the shell"))
print(os.execute("echo to stderr >&2"))
print(os.execute("no-such-command-xyz 2>/dev/null"))
print(os.execute("exit 1\0ignored"))
print(pcall(os.execute, {}))
print(os.execute(42 .. ""))
