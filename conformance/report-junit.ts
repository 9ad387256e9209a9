// reports/junit.xml: one <testsuite> per engine and mode, one <testcase> per file, for CI systems.
import { EngineResults } from "./results";

function xml(s: string): string {
  // XML 1.0 forbids most control characters even when escaped.
  return s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function renderJunit(all: EngineResults[]): string {
  const suites = all.map((r) => {
    const cases = Object.entries(r.files).map(([file, cell]) => {
      const name = `name="${xml(file)}" classname="${xml(`${r.engine.id}.${r.mode}`)}" time="${(cell.timeMs / 1000).toFixed(3)}"`;
      const message = cell.failure ? `${cell.failure.where} ${cell.failure.message}`.trim() : (cell.reason ?? cell.status);
      const output = `<system-out>${xml(cell.stdoutTail)}</system-out><system-err>${xml(cell.stderrTail)}</system-err>`;
      switch (cell.status) {
        case "PASS":
          return `    <testcase ${name}/>`;
        case "SKIP":
        case "VACUOUS":
          return `    <testcase ${name}><skipped message="${xml(`${cell.status}: ${message}`)}"/></testcase>`;
        case "FAIL":
          return `    <testcase ${name}><failure type="FAIL" message="${xml(message)}"/>${output}</testcase>`;
        default:
          return `    <testcase ${name}><error type="${cell.status}" message="${xml(message)}"/>${output}</testcase>`;
      }
    });
    const count = (pred: (s: string) => boolean): number => Object.values(r.files).filter((c) => pred(c.status)).length;
    const attrs =
      `name="${xml(`${r.engine.id}.${r.mode}`)}" tests="${cases.length}" ` +
      `failures="${count((s) => s === "FAIL")}" errors="${count((s) => ["ERROR", "TIMEOUT", "CRASH"].includes(s))}" ` +
      `skipped="${count((s) => s === "SKIP" || s === "VACUOUS")}" time="${(r.wallMs / 1000).toFixed(3)}" timestamp="${xml(r.date)}"`;
    return `  <testsuite ${attrs}>\n${cases.join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="lua-5.3.4-tests">\n${suites.join("\n")}\n</testsuites>\n`;
}
