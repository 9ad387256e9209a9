// `npm run fetch-suite [-- local.tar.gz]`: downloads the official Lua 5.3.4 test suite from lua.org into suite/ and verifies it.
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as https from "https";
import * as path from "path";
import { DOWNLOADED_SUITE_DIR, suiteTreeSha256 } from "../conformance/suite";

export const SUITE_URL = "https://www.lua.org/tests/lua-5.3.4-tests.tar.gz";

/**
 * Content hash of the unpacked suite (see suiteTreeSha256: sha256sum of every file but time.txt),
 * computed from the copy in ../shared/lua-5.3.4-tests. lua.org was not reachable when this was
 * written, so the tarball's own sha256 could not be pinned; the unpacked content is checked instead
 * (it is what the runs use). Set LUAREF_SUITE_TARBALL_SHA256 to also pin the tarball bytes.
 */
export const EXPECTED_TREE_SHA256 = "fe69bf6df9cbd3cb510639c4d4a6b6bd24d6f31326777abb38414b3b62d90f0b";

/** GET with redirects, into a buffer. */
function download(url: string, redirects = 5): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
          res.resume();
          resolve(download(new URL(res.headers.location, url).toString(), redirects - 1));
          return;
        }
        if (status !== 200) {
          res.resume();
          reject(new Error(`GET ${url}: HTTP ${status}`));
          return;
        }
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks)));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** The tarball: a local copy when given (offline CI caches), else lua.org. */
async function fetchTarball(local: string | undefined): Promise<Buffer> {
  if (local) return fs.readFileSync(local);
  console.log(`downloading ${SUITE_URL}`);
  return download(SUITE_URL);
}

async function main(local: string | undefined): Promise<number> {
  const target = DOWNLOADED_SUITE_DIR;
  const root = path.dirname(target);
  if (fs.existsSync(path.join(target, "all.lua")) && suiteTreeSha256(target) === EXPECTED_TREE_SHA256) {
    console.log(`${target} is already there and verified`);
    return 0;
  }
  const tarball = await fetchTarball(local);
  const tarSha = crypto.createHash("sha256").update(tarball).digest("hex");
  console.log(`tarball sha256 ${tarSha}`);
  const pinned = process.env.LUAREF_SUITE_TARBALL_SHA256;
  if (pinned && pinned !== tarSha) throw new Error(`tarball sha256 mismatch: expected ${pinned}`);

  fs.mkdirSync(root, { recursive: true });
  fs.rmSync(target, { recursive: true, force: true });
  const file = path.join(root, "lua-5.3.4-tests.tar.gz");
  fs.writeFileSync(file, tarball);
  const tar = spawnSync("tar", ["-xzf", file, "-C", root], { stdio: "inherit" });
  if (tar.status !== 0) throw new Error("tar failed to unpack the suite");

  const tree = suiteTreeSha256(target);
  if (tree !== EXPECTED_TREE_SHA256) {
    fs.rmSync(target, { recursive: true, force: true });
    throw new Error(`suite content sha256 ${tree} differs from the expected ${EXPECTED_TREE_SHA256}; removed`);
  }
  console.log(`unpacked and verified into ${target}`);
  return 0;
}

if (require.main === module) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`fetch-suite: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
