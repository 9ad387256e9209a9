// Command-line options of `npm run conformance`, parsed into a checked structure.
import * as os from "os";
import { parseArgs } from "util";
import { Flags, Mode, MODES } from "./recipes";

export interface CliOptions {
  engines?: string[];
  files?: string[];
  modes: Mode[];
  jobs: number;
  timeoutMs: number;
  flags: Flags;
  config?: string;
  reportsDir?: string;
  failOnRegression: boolean;
  write: boolean;
  listEngines: boolean;
  reportOnly: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run conformance -- [options]

Runs the official Lua 5.3 test suite, file by file, on every available engine and writes reports/.

  --engines a,b       engines to run (default: every available one; see --list-engines)
  --files x.lua,y.lua suite files to run (default: all, all.lua included)
  --modes m,n         source, dump, count (default: source,dump,count)
  --jobs N            parallel engine processes (default: number of cores)
  --timeout S         per-file hard timeout in seconds (default: 120)
  --port / --no-port  set _port, skipping non-portable tests (default: --port)
  --soft / --no-soft  set _soft, skipping long/memory-hungry tests (default: --no-soft)
  --config FILE       engines described by command lines (default: conformance/engines.json)
  --reports DIR       where results and reports go (default: reports/)
  --fail-on-regression  exit 1 when a file that passed before no longer passes
  --no-write          run and print the summary, but keep reports/ as it is
  --report-only       regenerate index.html, matrix.md, junit.xml and history/ from the results
                      files alone (no run); upgrades results files of an older schema
  --list-engines      probe the engines and print their versions
  --help              this text

The suite is found in $LUAREF_SUITE_DIR, ../shared/lua-5.3.4-tests, or suite/ (npm run fetch-suite).`;

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} expects a positive number, got "${value}"`);
  return n;
}

export function parseOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      engines: { type: "string" },
      files: { type: "string" },
      modes: { type: "string" },
      jobs: { type: "string" },
      timeout: { type: "string" },
      port: { type: "boolean" },
      "no-port": { type: "boolean" },
      soft: { type: "boolean" },
      "no-soft": { type: "boolean" },
      config: { type: "string" },
      reports: { type: "string" },
      "fail-on-regression": { type: "boolean" },
      "no-write": { type: "boolean" },
      "report-only": { type: "boolean" },
      "list-engines": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  const modes = list(values.modes) ?? [...MODES];
  for (const m of modes) if (!(MODES as readonly string[]).includes(m)) throw new Error(`unknown mode "${m}" (${MODES.join(", ")})`);
  const engines = list(values.engines);
  const files = list(values.files);
  return {
    ...(engines ? { engines } : {}),
    ...(files ? { files } : {}),
    modes: modes as Mode[],
    jobs: Math.floor(positive("jobs", values.jobs, os.cpus().length)),
    timeoutMs: positive("timeout", values.timeout, 120) * 1000,
    flags: { port: !values["no-port"], soft: Boolean(values.soft) && !values["no-soft"] },
    ...(values.config ? { config: values.config } : {}),
    ...(values.reports ? { reportsDir: values.reports } : {}),
    failOnRegression: Boolean(values["fail-on-regression"]),
    write: !values["no-write"],
    listEngines: Boolean(values["list-engines"]),
    reportOnly: Boolean(values["report-only"]),
    help: Boolean(values.help),
  };
}
