print(math.type(1), math.type(1.0), math.type(-0.0), math.type("1"))
print(math.type(nil), math.type({}), math.type(2^53), math.type(3 // 1))
print(math.type(3 / 1), math.type(1e100), math.type(0x10), math.type(0x10p0))
print(pcall(math.type))
