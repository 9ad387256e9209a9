-- the locals limit is raised while parsing, before a later syntax error (the missing end)
local s = "\nfunction foo ()\n  local "
for j = 1,300 do s = s.."a"..j..", " end
s = s.."b\n"
print(load(s))
