print(load("break"))
print(load("if true then break end"))
print(load("return; print(1)"))
print(load("function f() return 1 print(2) end"))
