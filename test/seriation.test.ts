// Row and column order of the participation matrix: Jaccard distance, greedy seriation, grouped orders.
import { describe, expect, it } from "vitest";
import { fiveSeedCorpus } from "./loaders/helpers.ts";
import { jaccardDistance, orderItems, seriate, type OrderItem } from "../src/components/charts/seriation.ts";

const item = (label: string, members: number[], group = "g"): OrderItem<string, number> => ({ key: label, label, group, members: new Set(members) });
const labels = (items: OrderItem[]) => items.map((i) => i.label);
/** Sum of the Jaccard distances between neighbours: what seriation makes small. */
const pathLength = (items: OrderItem[]) => items.slice(1).reduce((sum, b, i) => sum + jaccardDistance(items[i].members, b.members), 0);

describe("jaccardDistance", () => {
  it("is 0 for the same members, 1 for none shared, 1 − shared/union otherwise", () => {
    expect(jaccardDistance(new Set([1, 2]), new Set([2, 1]))).toBe(0);
    expect(jaccardDistance(new Set([1, 2]), new Set([3]))).toBe(1);
    expect(jaccardDistance(new Set([1, 2]), new Set([2, 3]))).toBeCloseTo(2 / 3);
    expect(jaccardDistance(new Set([1]), new Set([1, 2, 3, 4]))).toBeCloseTo(3 / 4);
    expect(jaccardDistance(new Set(), new Set())).toBe(0);
  });
});

describe("seriate", () => {
  it("follows a chain of overlapping sets, whatever the input order", () => {
    const [a, b, c, d] = [item("A", [1, 2]), item("B", [2, 3]), item("C", [3, 4]), item("D", [4, 5])];
    // Both directions are equally short; the earlier start in the input (A before D) wins.
    expect(labels(seriate([c, a, d, b]))).toEqual(["A", "B", "C", "D"]);
    expect(labels(seriate([d, b, c, a]))).toEqual(["D", "C", "B", "A"]);
  });

  it("puts items with the same members next to each other", () => {
    const order = labels(seriate([item("x1", [1, 2, 3]), item("y1", [7, 8]), item("z", [3, 7]), item("x2", [1, 2, 3]), item("y2", [7, 8])]));
    expect(Math.abs(order.indexOf("x1") - order.indexOf("x2"))).toBe(1);
    expect(Math.abs(order.indexOf("y1") - order.indexOf("y2"))).toBe(1);
    // z shares one member with each block, so it sits between them.
    expect(order.indexOf("z")).toBe(2);
  });

  it("handles no item and one item", () => {
    expect(seriate([])).toEqual([]);
    expect(labels(seriate([item("A", [1])]))).toEqual(["A"]);
  });
});

describe("orderItems", () => {
  const names = ["Aalborg", "Ærø", "Brønderslev", "Viborg", "Øster", "Hjørring"];

  it("sorts alphabetically in Danish: æ, ø after z, and Aa as Å at the very end", () => {
    expect(
      labels(
        orderItems(
          names.map((n) => item(n, [])),
          "alphabetical",
        ),
      ),
    ).toEqual(["Brønderslev", "Hjørring", "Viborg", "Ærø", "Øster", "Aalborg"]);
  });

  it("sorts by member count, most first, ties alphabetically", () => {
    const items = [item("Viborg", [1, 2, 3]), item("Aalborg", [1]), item("Læsø", [1]), item("Hjørring", [4, 5])];
    expect(labels(orderItems(items, "count"))).toEqual(["Viborg", "Hjørring", "Læsø", "Aalborg"]);
  });

  it("keeps each group together, groups in alphabetical order, whatever the order within them", () => {
    const items = [item("b1", [1], "B"), item("a1", [1, 2], "A"), item("b2", [1, 2], "B"), item("a2", [3], "A")];
    for (const by of ["alphabetical", "count", "similarity"] as const) {
      expect(orderItems(items, by).map((i) => i.group)).toEqual(["A", "A", "B", "B"]);
    }
    expect(labels(orderItems(items, "count"))).toEqual(["a1", "a2", "b2", "b1"]);
  });
});

describe("similarity order of the real participation table", () => {
  const { tables } = fiveSeedCorpus();
  const name = new Map((tables.municipalities as Array<{ code: number; name: string }>).map((m) => [m.code, m.name]));
  const network = new Map((tables.networks as Array<{ municipality_code: number; network: string }>).map((n) => [n.municipality_code, n.network]));
  const trialsOf = new Map<number, Set<string>>();
  for (const p of tables.participation as Array<{ trial_id: string; municipality_code: number }>) {
    trialsOf.set(p.municipality_code, (trialsOf.get(p.municipality_code) ?? new Set()).add(p.trial_id));
  }
  const rows = [...trialsOf].map(([code, trials]) => ({
    key: code,
    label: name.get(code)!,
    group: network.get(code) ?? `no network: ${name.get(code)}`,
    members: trials,
  }));
  const similar = labels(orderItems(rows, "similarity"));

  it("orders the twelve municipalities of the seeds, the network's eleven first", () => {
    expect(similar).toHaveLength(12);
    expect(similar.at(-1)).toBe("Viborg");
  });

  it("sets municipalities running the same trials side by side", () => {
    // Brønderslev, Hjørring, Mariagerfjord and Morsø each ran exactly the rehabilitation-team and interview-rules trials.
    const block = ["Brønderslev", "Hjørring", "Mariagerfjord", "Morsø"].map((m) => similar.indexOf(m)).sort((a, b) => a - b);
    expect(block.at(-1)! - block[0]).toBe(3);
    // Frederikshavn and Læsø ran the same four trials.
    expect(Math.abs(similar.indexOf("Frederikshavn") - similar.indexOf("Læsø"))).toBe(1);
  });

  it("makes neighbouring rows more alike than the alphabetical order does", () => {
    const byLabel = new Map(rows.map((r) => [r.label, r]));
    const alphabetical = orderItems(rows, "alphabetical");
    expect(pathLength(similar.map((l) => byLabel.get(l)!))).toBeLessThan(pathLength(alphabetical));
  });
});
