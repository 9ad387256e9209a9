// The matrix page as a user sees it: Debian's chromium (headless, driven by puppeteer-core) on the page built from the published results.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import puppeteer, { Browser, Page } from "puppeteer-core";
import { allEngines, DEFAULT_ENGINES_CONFIG } from "../../conformance/engines";
import { readAllResults, REPORTS_DIR, RESULTS_DIR } from "../../conformance/results";
import { writeReports } from "../../conformance/write-reports";

/** Debian's package; PUPPETEER_EXECUTABLE_PATH names another build. */
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium";
const WIDTH = 1400;
const SCREENSHOT = path.join(REPORTS_DIR, "matrix.png");
const EVIDENCE_SCREENSHOT = path.join(REPORTS_DIR, "matrix-evidence.png");

/** Files whose cell in `column` ("engine.mode") has the status, from the results files themselves. */
function filesWith(column: string, status: string): Set<string> {
  const [engine, mode] = [column.slice(0, column.lastIndexOf(".")), column.slice(column.lastIndexOf(".") + 1)];
  const r = readAllResults().find((x) => x.engine.id === engine && x.mode === mode);
  return new Set(Object.entries(r?.files ?? {}).filter(([, c]) => c.status === status).map(([f]) => f));
}

describe("conformance/page in chromium", function () {
  this.timeout(180_000);
  let browser: Browser | undefined;
  let page: Page;
  let dir = "";
  let url = "";
  const problems: string[] = [];

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.log(`    skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set PUPPETEER_EXECUTABLE_PATH)`);
      this.skip();
    }
    // The page as `--report-only` writes it, from copies of the published results and history.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-page-test-"));
    fs.cpSync(RESULTS_DIR, path.join(dir, "results"), { recursive: true });
    fs.cpSync(path.join(REPORTS_DIR, "history"), path.join(dir, "history"), { recursive: true });
    writeReports(allEngines(DEFAULT_ENGINES_CONFIG).map((e) => e.id), dir);
    url = `file://${path.join(dir, "index.html")}`;
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir: path.join(dir, "profile"),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(hash: string, width = WIDTH, height = 1000): Promise<void> {
    await page.setViewport({ width, height });
    // A new document each time: hash navigation alone would keep the old one.
    await page.goto("about:blank");
    await page.goto(url + hash, { waitUntil: "load" });
    await page.waitForSelector("#matrix table");
  }
  const hashOf = (): string => new URL(page.url()).hash || "#";
  const shownRows = (): Promise<string[]> => page.$$eval("#matrix tbody tr[data-file]", (rows) => rows.map((r) => r.getAttribute("data-file") ?? ""));

  it("loads from a file URL without a console error, and draws every engine", async () => {
    await open("");
    expect(problems).to.deep.equal([]);
    const heads = await page.$$eval("#matrix thead th[data-sort]:not(.file)", (ths) => ths.map((t) => t.getAttribute("data-sort")));
    expect(heads).to.have.length(readAllResults().filter((r) => r.mode === "source").length);
    expect(await shownRows()).to.have.length(28);
  });

  it(`shows every engine column within a ${WIDTH} px viewport`, async () => {
    await open("");
    const rights = await page.$$eval("#matrix thead th", (ths) => ths.map((t) => t.getBoundingClientRect().right));
    for (const right of rights) expect(right, "column right edge").to.be.at.most(WIDTH);
    expect(await page.$eval("html", (e) => e.scrollWidth)).to.be.at.most(WIDTH);
  });

  it("reaches all 24 columns of the three modes by scrolling the matrix, past the sticky file column", async () => {
    await open("#?modes=source,dump,count");
    const keys = await page.$$eval("#matrix thead th[data-sort]:not(.file)", (ths) => ths.map((t) => t.getAttribute("data-sort") ?? ""));
    expect(keys).to.have.length(24);
    for (const key of keys) {
      const seen = await page.$eval(
        "#matrix",
        (box, k) => {
          const th = box.querySelector(`thead th[data-sort="${k}"]`);
          const fileCell = box.querySelector("tbody th.file");
          if (!th || !fileCell) return false;
          th.scrollIntoView({ inline: "nearest", block: "nearest" });
          const file = fileCell.getBoundingClientRect();
          const r = th.getBoundingClientRect();
          const frame = box.getBoundingClientRect();
          // Visible: inside the scrolling box and not under the sticky file column.
          return r.left >= file.right - 1 && r.right <= frame.right + 1 && file.left >= frame.left - 1;
        },
        key,
      );
      expect(seen, key).to.equal(true);
    }
  });

  it("a permalink opens that cell's evidence beside the reference's", async () => {
    await open("#strings.lua/fengari/dump");
    const heading = await page.$eval("#evidence h2", (h) => h.textContent ?? "");
    const status = [...filesWith("fengari.dump", "FAIL")].includes("strings.lua") ? "FAIL" : "";
    expect(heading).to.contain("strings.lua × fengari (dump)").and.contain(status);
    expect(await page.$eval("#evidence", (e) => e.hasAttribute("hidden"))).to.equal(false);
    const sides = await page.$$eval("#evidence .side h3", (hs) => hs.map((h) => h.textContent));
    expect(sides).to.deep.equal(["fengari (dump)", "lua5.3 (dump), the reference"]);
    expect(await page.$eval("#evidence pre.src .hit", (e) => e.textContent)).to.match(/^\d+\s*assert/);
    expect(await page.$eval("td.sel", (td) => td.getAttribute("data-cell"))).to.equal("strings.lua/fengari/dump");
    await page.screenshot({ path: EVIDENCE_SCREENSHOT });
    // Escape closes it and leaves the fragment without the cell.
    await page.keyboard.press("Escape");
    await page.waitForSelector("#evidence[hidden]");
    expect(hashOf()).to.equal("#");
  });

  it("a query shows exactly the files where luaref passes and fengari fails, and is in the link", async () => {
    await open("");
    await page.type("#q", "luaref:pass fengari:fail");
    await page.waitForFunction('location.hash.includes("q=")');
    const pass = filesWith("luaref.source", "PASS");
    const expected = [...filesWith("fengari.source", "FAIL")].filter((f) => pass.has(f)).sort();
    expect(expected.length).to.be.greaterThan(0);
    expect(await shownRows()).to.deep.equal(expected);
    await open(hashOf());
    expect(await shownRows()).to.deep.equal(expected);
  });

  it("the status and engine controls filter rows and columns", async () => {
    await open("");
    await page.click('#statuses input[value="TIMEOUT"]');
    await page.waitForFunction('location.hash.includes("status=TIMEOUT")');
    const sources = readAllResults().filter((r) => r.mode === "source");
    const timeouts = [...new Set(sources.flatMap((r) => Object.keys(r.files).filter((f) => r.files[f].status === "TIMEOUT")))].sort();
    expect(await shownRows()).to.deep.equal(timeouts);
    await open("#?engines=luaref,fengari&q=status:vacuous");
    expect(await page.$$eval("#matrix thead th[data-sort]:not(.file)", (t) => t.map((x) => x.getAttribute("data-sort")))).to.deep.equal(["luaref.source", "fengari.source"]);
    const vac = [...new Set([...filesWith("luaref.source", "VACUOUS"), ...filesWith("fengari.source", "VACUOUS")])].sort();
    expect(await shownRows()).to.deep.equal(vac);
    await open("#?q=status:nonsense");
    expect(await page.$eval("#q-error", (e) => e.textContent)).to.contain('unknown status "nonsense"');
    expect(await shownRows()).to.have.length(28);
  });

  it("sorts by a column from its header, and the sort is in the link", async () => {
    await open("");
    await page.click('#matrix th[data-sort="lua5.1.source"]');
    await page.waitForFunction('location.hash.includes("sort=lua5.1.source")');
    const rows = await shownRows();
    const pass = filesWith("lua5.1.source", "PASS");
    expect(rows.slice(0, pass.size).sort()).to.deep.equal([...pass].sort());
    await page.click('#matrix th[data-sort="lua5.1.source"]');
    await page.waitForFunction('location.hash.includes("sort=-lua5.1.source")');
    expect((await shownRows()).slice(-pass.size).sort()).to.deep.equal([...pass].sort());
  });

  it("reads on a phone-width screen: no page-wide overflow, the matrix scrolls under a sticky file column", async () => {
    await open("", 390, 844);
    expect(await page.$eval("html", (e) => e.scrollWidth)).to.be.at.most(390);
    const stuck = await page.$eval("#matrix", (box) => {
      const left = (): number => box.querySelector("tbody th.file")?.getBoundingClientRect().left ?? NaN;
      const before = left();
      box.scrollLeft = box.scrollWidth;
      return { scrolls: box.scrollWidth > box.clientWidth, before, after: left() };
    });
    expect(stuck.scrolls).to.equal(true);
    expect(stuck.after).to.equal(stuck.before);
    await open("#strings.lua/luaref/source", 390, 844);
    expect(await page.$eval("#evidence", (e) => e.getBoundingClientRect().width)).to.be.at.most(390);
  });

  it(`writes the README's screenshot (${path.relative(REPORTS_DIR, SCREENSHOT)})`, async () => {
    await open("", WIDTH, 1000);
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).to.be.greaterThan(10_000);
    expect(problems).to.deep.equal([]);
  });
});
