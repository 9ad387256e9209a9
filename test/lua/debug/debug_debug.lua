-- debug.debug with empty input returns at once after one prompt
print("before")
debug.debug()
print("after")
