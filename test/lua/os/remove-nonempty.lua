-- removing a non-empty directory fails as rmdir does
local d = os.tmpname()
os.remove(d)
os.execute("mkdir " .. d .. " && touch " .. d .. "/f")
local ok, msg, code = os.remove(d)
print(ok, msg == d .. ": Directory not empty", code)
print(os.remove(d .. "/f"), os.remove(d))
