local s = "hello"
print(s:upper(), s:len(), s:sub(2, 3), s:rep(2, "-"), s:byte(1))
print(("%d items"):format(3), ("abc"):reverse(), ("a,b"):find(","))
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
print(("x"):gsub("x", "y"), ("k=v"):match("(%w)=(%w)"))
for w in ("a b"):gmatch("%a") do io.write(w) end print()
print(#s, s .. "!")
print(pcall(function() return ("x"):nonexistent() end))
