// Records the expected output of differential test programs by running them on PUC `lua5.3`.
// Usage: node dist/scripts/record-expected.js test/lua/<area>/<name>.lua ...
//   writes <name>.expected.json next to each program: {"stdout","stderr","status"} as lua5.3
//   produced them (bytes as latin1 strings), with the program name in messages as "lua".
import * as fs from "fs";
import { runReference, expectedPath } from "../test/interpreter/differential-format";

for (const file of process.argv.slice(2)) {
  const result = runReference(file);
  if (result === undefined) {
    console.error("lua5.3 is not installed: cannot record expected outputs");
    process.exit(1);
  }
  fs.writeFileSync(expectedPath(file), JSON.stringify(result, null, 1) + "\n", "latin1");
  console.log(`${file}: status ${result.status}, ${result.stdout.length} bytes of stdout`);
}
