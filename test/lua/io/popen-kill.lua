-- commands ending by a signal
local p = io.popen("kill -9 $$")
print(p:read("a"))
print(p:close())
print(io.popen("kill -15 $$"):close())
