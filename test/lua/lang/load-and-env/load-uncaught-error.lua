local f = load("local t = nil\nreturn t[1]", "=config")
f()
