local mt = getmetatable("")
print(("abc"):upper(), ("%d"):format(5))
mt.__add = function(a, b) return "added" end
print(pcall(function() return "x" + "y" end))
print("1" + "2")
string.shout = function(s) return s:upper() .. "!" end
print(("hey"):shout())
print(pcall(function() return ("x").y.z end))
