-- os.getenv
print(type(os.getenv("PATH")), os.getenv("LUAREF_SURELY_UNSET_VARIABLE"))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
print(os.getenv(42))
