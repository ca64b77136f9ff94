// Adding a document to seeds/ the README's way must not change what the tests about the five seeds see.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTables } from "../../loaders/corpus.ts";
import { readSeeds } from "../../loaders/reference.ts";
import { fiveSeedCorpus, fiveSeedRoot, fiveSeeds, reference, SEED_IDS } from "./helpers.ts";

describe("tests select the five seeds by doc_id", () => {
  const root = fiveSeedRoot("frikommune-six-");
  writeFileSync(
    join(root, "seeds", "005_kommunens_liste.txt"),
    [
      "Frikommuneforsøg i Hjørring Kommune",
      "",
      "Hjørring Kommune deltager i forsøget Rehabiliteringsteams og fritagelse for rekvirering af lægeattest.",
      "Forsøget med ledighedsydelse - fritagelse for revurdering i 12. måned indenfor 18 måneder forlænges til udgangen af 2024.",
      "Kommunen har sparet ca. 300.000 kr. på attester i 2021 og forventer flere besparelser, når forsøget er fuldt indført.",
      "",
    ].join("\n"),
  );

  it("finds six documents in the copy, and the same five seeds in it as in seeds/", () => {
    expect(readSeeds(root).map((s) => s.docId)).toEqual([...SEED_IDS, "005_kommunens_liste"]);
    expect(fiveSeeds(root)).toEqual(fiveSeeds());
  });

  it("gives the five seeds the same tables whatever else seeds/ holds", () => {
    expect(buildTables(fiveSeeds(root), reference)).toEqual(fiveSeedCorpus());
  });

  it("reads the sixth document beside them without touching the five seeds' rows", () => {
    const six = buildTables(readSeeds(root), reference).tables;
    const five = fiveSeedCorpus().tables;
    for (const table of ["mentions", "participation", "outcomes", "events", "lines"] as const) {
      expect(
        six[table].filter((r) => SEED_IDS.includes(r.doc_id as string)),
        table,
      ).toEqual(five[table]);
    }
    expect(six.mentions.filter((m) => m.doc_id === "005_kommunens_liste").map((m) => m.trial_id)).toEqual([
      "fk2-rehabiliteringsteams",
      "fk2-ledighedsydelse-revurdering",
    ]);
  });
});
