// reports/matrix.md: the files × engines table for the README, with totals and known-difference notes.
import { buildMatrix, cellText, Column, shortVersion, totals } from "./report-model";
import { EngineResults, KnownNote } from "./results";
import { Unavailable } from "./run";

function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Numbered notes, one per distinct known difference, listing the cells it explains. */
class Notes {
  private readonly byText = new Map<string, { n: number; cells: string[] }>();
  mark(column: Column, file: string, known: KnownNote[]): string {
    return known
      .map((k) => {
        const text = `${column.results.engine.id} — **${k.category}**: ${k.reason}`;
        const note = this.byText.get(text) ?? { n: this.byText.size + 1, cells: [] };
        this.byText.set(text, note);
        if (!note.cells.includes(file)) note.cells.push(file);
        return `[${note.n}]`;
      })
      .join("");
  }
  lines(): string[] {
    return [...this.byText].map(([text, { n, cells }]) => `${n}. ${text} (${cells.join(", ")})`);
  }
}

/** One column per engine: the source run (with counts); the dump run only where it differs. */
export function renderMarkdown(all: EngineResults[], unavailable: Unavailable[] = []): string {
  const { columns, files } = buildMatrix(all);
  const engines = columns.filter((c) => c.results.mode !== "dump");
  const dumpOf = (c: Column): Column | undefined =>
    columns.find((d) => d.results.mode === "dump" && d.results.engine.id === c.results.engine.id);
  const notes = new Notes();
  const row = (file: string): string => {
    const cells = engines.map((c) => {
      const known = c.results.files[file]?.known ?? [];
      const dump = dumpOf(c)?.results.files[file];
      const differs = dump && dump.status !== c.results.files[file]?.status ? ` (dump: ${dump.status})` : "";
      const marks = notes.mark(c, file, known);
      return escapeCell(cellText(c, file) + differs + (marks ? " " + marks : ""));
    });
    return `| ${file} | ${cells.join(" | ")} |`;
  };
  const seconds = (r: EngineResults): string =>
    `${(Object.values(r.files).reduce((sum, f) => sum + f.timeMs, 0) / 1000).toFixed(1)} s`;
  const lines = [
    "# Lua 5.3 conformance matrix",
    "",
    "The official `lua-5.3.4-tests` suite, file by file, on every engine (`npm run conformance`; see",
    "reports/README.md and reports/index.html for details per cell).",
    "✓ pass · ✗ fail · error (did not load) · timeout · crash · ∅ vacuous (returned early without",
    "testing; never a pass) · skip. `n/m`: assertions passed/executed in counting mode (a failed assert is",
    "recorded and the file goes on). `(dump: …)`: the status when run through string.dump + load, where it differs.",
    "",
    `| file | ${engines.map((c) => `${c.label}<br><sub>${escapeCell(shortVersion(c.results.engine.version))}</sub>`).join(" | ")} |`,
    `|---|${engines.map(() => "---").join("|")}|`,
    ...files.map(row),
    `| **pass** | ${engines.map((c) => `**${totals(c.results).PASS}/${files.length}**`).join(" | ")} |`,
    `| time | ${engines.map((c) => seconds(c.results)).join(" | ")} |`,
    "",
  ];
  const first = all[0];
  if (first) {
    lines.push(
      `Suite content sha256 \`${first.suite.sha256.slice(0, 16)}…\`, flags \`_port=${first.flags.port}\` ` +
        `\`_soft=${first.flags.soft}\`, run ${first.date.slice(0, 10)} on ${first.host.platform}/${first.host.arch} ` +
        `(${first.host.cpus} cores); time = sum of the per-file times of the source run. ` +
        "main.lua always runs without `_port` (it needs only a Unix shell; conformance/README.md).",
      "",
    );
  }
  const noteLines = notes.lines();
  if (noteLines.length) lines.push("Known differences:", "", ...noteLines, "");
  if (unavailable.length) {
    lines.push("Engines not available in this run:", "", ...unavailable.map((u) => `- ${u.id}: ${u.reason}`), "");
  }
  return lines.join("\n");
}
