print(string.format("%q", 'a "quoted" \\ string\nnew line'))
print(string.format("%q", "\0\1\0011\r\t\127\128\255"))
print(string.format("%q", ""))
print(string.format("%q", "tab\there\0009end"))
print(string.format("%q", "10"))
print(string.format("%10q|%-5q|%.1q", "a", "b", "c"))
local s = "\0\1\2abc\n\r\\\"\255"
print(load("return " .. string.format("%q", s))() == s)
