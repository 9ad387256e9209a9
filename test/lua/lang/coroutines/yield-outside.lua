print(pcall(coroutine.yield))
print(coroutine.isyieldable())
coroutine.yield("top")
