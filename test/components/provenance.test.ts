// How a row was read, as the pages label it, over the seeds' base rows and the values read_by can take.
import { describe, expect, it } from "vitest";
import { baseRows } from "../../loaders/views.ts";
import { readingLabel } from "../../src/components/text/provenance.ts";
import { findings } from "../../src/components/views/outcomes.ts";
import { statements } from "../../src/components/views/participation.ts";
import { selectedTrials } from "../../src/components/views/timeline.ts";
import { fiveSeedCorpus } from "../loaders/helpers.ts";

const { tables } = fiveSeedCorpus();

describe("readingLabel", () => {
  it("names a layout parser by its genre, the general layer, a curated file, and a provisional row", () => {
    expect(readingLabel({ read_by: "evaluation_form" })).toBe("layout: evaluation form");
    expect(readingLabel({ read_by: "general", provisional: true })).toBe("general reading, provisional");
    expect(readingLabel({ read_by: "curated", provisional: false })).toBe("curated file");
    // A genre parser added later is named the same way, without an edit here.
    expect(readingLabel({ read_by: "committee_minutes" })).toBe("layout: committee minutes");
    expect(readingLabel({ read_by: null })).toBe("not recorded");
  });

  it("has a reading for every row the pages' views give for the seeds", async () => {
    for (const view of [statements, selectedTrials, findings]) {
      const { rows } = await baseRows(view, tables);
      expect(rows.length, view.name).toBeGreaterThan(0);
      expect(
        rows.filter((r) => readingLabel(r as { read_by: string | null }) === "not recorded"),
        view.name,
      ).toEqual([]);
    }
    // Viborg's overview is read by its layout parser.
    const { rows } = await baseRows(statements, tables);
    expect(new Set(rows.filter((r) => r.doc_id.startsWith("000")).map((r) => readingLabel(r as { read_by: string })))).toEqual(new Set(["layout: overview"]));
  });
});
