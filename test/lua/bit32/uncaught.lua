print(bit32.band(3, 5))
print(bit32.extract(1, 40))
