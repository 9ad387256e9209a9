// Unit tests of the table library, with expectations recorded from lua5.3.
import { expect } from "chai";
import { tableLib } from "../../interpreter/lib/table";
import { NativeFunction } from "../../interpreter/runtime/native";
import { LuaTable } from "../../interpreter/runtime/table";
import { truthy, type LuaValue } from "../../interpreter/runtime/value";
import { LibState, describeRecordedCases } from "./lib-cases";

/** A pseudo-random permutation of 1..n (a linear congruential walk, deterministic). */
function shuffled(n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i + 1);
  let seed = 12345;
  for (let i = n - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

describe("table library", () => {
  describeRecordedCases(tableLib);

  it("registers the functions of 5.3's ltablib.c", () => {
    expect(Object.keys(tableLib.functions).sort()).to.deep.equal(
      ["concat", "insert", "move", "pack", "remove", "sort", "unpack"],
    );
  });

  describe("sort", () => {
    it("sorts large arrays, where the pivot may be randomized", () => {
      for (const n of [100, 101, 1000, 5000]) {
        const L = new LibState();
        const t = new LuaTable(shuffled(n));
        L.invoke(tableLib, "sort", t);
        expect(t.arr).to.deep.equal(Array.from({ length: n }, (_, i) => i + 1));
      }
    });

    it("sorts adversarial inputs (sorted, reversed, constant, organ pipe)", () => {
      const n = 3000;
      const inputs = [
        Array.from({ length: n }, (_, i) => i),
        Array.from({ length: n }, (_, i) => n - i),
        Array.from({ length: n }, () => 7),
        Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
      ];
      for (const input of inputs) {
        const t = new LuaTable(input.slice());
        new LibState().invoke(tableLib, "sort", t);
        expect(t.arr).to.deep.equal(input.slice().sort((a, b) => a - b));
      }
    });

    it("calls the order function with two elements and uses its truthiness", () => {
      const seen: LuaValue[][] = [];
      const order = new NativeFunction("order", (_L, args) => {
        seen.push(args);
        return [(args[0] as number) > (args[1] as number) ? 1 : undefined];
      });
      const t = new LuaTable([3, 1, 2]);
      new LibState().invoke(tableLib, "sort", t, order);
      expect(t.arr).to.deep.equal([3, 2, 1]);
      expect(seen.every((args) => args.length === 2 && truthy(args[0]))).to.equal(true);
    });
  });

  it("unpack returns the elements in order, holes as nil", () => {
    const t = new LuaTable([1, undefined, 3]);
    expect(new LibState().invoke(tableLib, "unpack", t, 1, 4)).to.deep.equal([1, undefined, 3, undefined]);
  });

  it("pack keeps trailing nils out of the array and counts them in n", () => {
    const [t] = new LibState().invoke(tableLib, "pack", 1, undefined, undefined);
    expect((t as LuaTable).length()).to.equal(1);
    expect((t as LuaTable).getStr("n")).to.equal(3);
  });
});
