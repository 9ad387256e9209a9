// Runs one driver file on wasmoon (usage: node wasmoon.js <driver.lua> | --version) inside a copy of the cwd in its virtual FS.
import * as fs from "fs";
import * as path from "path";
import { LuaFactory } from "wasmoon";

/** Every regular file under dir (following symlinks), as paths relative to dir. */
function filesUnder(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix + name;
    return fs.statSync(full).isDirectory() ? filesUnder(full, rel + "/") : [rel];
  });
}

function wasmoonVersion(): string {
  const pkg = require.resolve("wasmoon/package.json");
  return (JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string }).version;
}

async function main(argv: string[]): Promise<number> {
  const factory = new LuaFactory();
  if (argv[0] === "--version") {
    const lua = await factory.createEngine();
    process.stdout.write(`wasmoon ${wasmoonVersion()} (${String(await lua.doString("return _VERSION"))})\n`);
    return 0;
  }
  // The emscripten file system starts empty: mount the suite (cwd) and the driver byte for byte.
  for (const rel of filesUnder(process.cwd())) await factory.mountFile(rel, fs.readFileSync(rel));
  const driver = "luaref-driver.lua";
  await factory.mountFile(driver, fs.readFileSync(argv[0]));
  const lua = await factory.createEngine({ injectObjects: false, enableProxy: false });
  try {
    await lua.doString(`arg = { [-1] = "wasmoon", [0] = ${JSON.stringify(driver)} }`);
    await lua.doFile(driver);
  } catch (err) {
    process.stderr.write(`wasmoon: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
