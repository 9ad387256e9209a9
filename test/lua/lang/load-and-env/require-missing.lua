local ok, err = pcall(require, "no_such_module_xyz")
print(ok)
print((err:match("^[^\n]*")))
print(type(package.loaded), package.loaded.string == string, package.loaded._G == _G)
package.preload.fake = function(name, extra) return {name = name} end
print(require("fake").name, require("fake") == package.loaded.fake)
