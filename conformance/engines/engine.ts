// The adapter interface every engine implements (eshost style): probe a version, build a command line.

/** What probing an engine found: unavailable engines are reported, never run. */
export interface Probe {
  available: boolean;
  version: string;
  reason?: string;
}

export interface Command {
  command: string;
  args: string[];
}

export interface Engine {
  /** Column id in reports and the value of --engines, e.g. "lua5.3". */
  id: string;
  /** What the engine is, for the report header. */
  description: string;
  probe(): Promise<Probe>;
  /** The command that runs one driver file (cwd is the suite's scratch directory). */
  command(driverPath: string): Command;
}
