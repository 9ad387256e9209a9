local t = {}
t[1] = "int"; t["1"] = "str"; t[2.0] = "float2"
print(t[1], t["1"], t[2], t["2"], t[1.0])
print(rawequal(1, 1.0), rawequal("1", 1), rawequal(0, -0.0))
print(math.ult(1, -1), math.ult(-1, 1), math.ult(0, 0))
