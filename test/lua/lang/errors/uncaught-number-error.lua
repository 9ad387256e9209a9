local function f() error(3.5) end
f()
