print(math.tointeger(0.0), math.tointeger(-0.0), math.tointeger(2^62), math.tointeger(-2^63))
print(math.tointeger(2^63), math.tointeger(1/0), math.tointeger(0/0), math.tointeger("x"))
print(math.tointeger(7), math.tointeger(1e15), math.tointeger(0.5))
