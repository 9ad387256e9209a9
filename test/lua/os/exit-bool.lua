-- os.exit(false) with the close flag
print("closing")
os.exit(false, true)
print("not reached")
