print(math.floor(1.5))
print(math.fmod(1, 0))
