local long = "return " .. string.rep("x", 100) .. " + nil"
print(pcall(load(long)))
print(pcall(load("local a = 1\nreturn a + nil")))
print(pcall(load("\nreturn nil + 1")))
print(load("x = = ", string.rep("n", 80)))
print(load("x = = ", "=" .. string.rep("m", 80)))
print(load("x = = ", "@" .. string.rep("d", 80) .. ".lua"))
