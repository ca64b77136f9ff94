import { describe, expect, it } from "vitest";
import { extensionTo, readEndWording } from "../../loaders/endWording.ts";
import { parseOverview } from "../../loaders/overview.ts";
import { realSeed, SEED_FILES, variant } from "./helpers.ts";

const extensions = (text: string) =>
  parseOverview(variant(SEED_FILES.overview, () => text))
    .trials.filter((t) => t.number !== null)
    .map((t) => t.extended_until);
const original = realSeed(SEED_FILES.overview).lines.join("\n");

describe("extension and end wording", () => {
  it.each([
    ["forlænges til", "forlænges"],
    ["forlænget til", "forlænget"],
    ["forlænge … til", "forlænge forsøget"],
  ])("reads the overview's extensions written as %s, not only `fortsættes til`", (_, words) => {
    const changed = original.replace(/fortsættes(\s+)til/g, `${words}$1til`);
    expect(changed).not.toMatch(/fortsættes/);
    expect(extensions(changed)).toEqual(extensions(original));
    expect(extensions(changed).filter(Boolean)).toHaveLength(9);
  });

  it("reads every common wording of an end", () => {
    expect(readEndWording("Ja og fortsættes til 1. juli 2017.")).toMatchObject({ extended_until: "2017-07-01" });
    expect(readEndWording("forsøget forlænges til udgangen af 2024")).toMatchObject({ extended_until: "2024-12-31" });
    expect(readEndWording("Forsøget blev d. 26. august 2021 forlænget indtil udgangen af 2022.")).toMatchObject({ extended_until: "2022-12-31" });
    expect(readEndWording("Ministeriet vil forlænge forsøget med ledighedsydelse til 1. juli 2019")).toMatchObject({ extended_until: "2019-07-01" });
    expect(readEndWording("Forsøget udløber 31. dec. 2015")).toMatchObject({ expires: "2015-12-31", extended_until: null });
    expect(readEndWording("Forsøget permanentgøres fra 1. januar 2020")).toMatchObject({ permanent: true });
    expect(readEndWording("2014 - annulleret")).toMatchObject({ cancelled: true });
    expect(readEndWording("ønskes ikke forlænget")).toEqual({ extended_until: null, expires: null, permanent: false, cancelled: false });
  });
});

describe("an end asked for or refused is not an extension (issue 10)", () => {
  it.each([
    "Kommunen har ansøgt om at forlænge forsøget til 31. december 2024.",
    "Netværket ønsker forsøget forlænget til udgangen af 2024.",
    "Forsøget er ikke forlænget til 31.12.2024.",
    "Der er givet afslag på forlængelse til 31.12.2024.",
    "Ansøgningen om forlængelse til 31.12.2024 er afslået.",
  ])("%s", (text) => {
    expect(readEndWording(text).extended_until).toBeNull();
  });

  it.each([
    ["Forsøget kan fortsætte til 31.12.2025.", "2025-12-31"],
    ["Forsøget kan videreføres til 31.12.2025.", "2025-12-31"],
    ["Styrelsen har godkendt ansøgningen om forlængelse til 31.12.2025.", "2025-12-31"],
    ["Forsøget forlænqes ti1 31.12.2025.", "2025-12-31"],
  ])("granted: %s", (text, date) => {
    expect(readEndWording(text).extended_until).toBe(date);
  });
});

describe("a conditional permission or a bare year (issue 10, third round)", () => {
  it.each([
    "Forsøget kan fortsætte til udgangen af 2024, hvis ministeriet godkender ansøgningen.",
    "Forsøget forlænges til 31.12.2024, forudsat at styrelsen godkender det.",
    "Hvis ministeriet godkender det, forlænges forsøget til 31.12.2024.",
    "Forslaget om en forlængelse til 31.12.2025 imødekommes ikke.",
  ])("is no granted end: %s", (text) => {
    expect(readEndWording(text).extended_until).toBeNull();
  });

  it("reads a bare year after `til` as the end of that year", () => {
    expect(readEndWording("Forsøget er forlænget til 2023.").extended_until).toBe("2023-12-31");
    expect(readEndWording("Forsøget forlænges frem til 2023.").extended_until).toBe("2023-12-31");
  });
});

describe("an end someone asked about (issue 10, fourth round)", () => {
  it.each([
    "Thisted Kommune har spurgt, om forsøget kan fortsætte til udgangen af 2022.",
    "Netværket spørger, om forsøget kan forlænges til 31.12.2024.",
    "Udvalget drøftede, om forsøget skal forlænges til udgangen af 2024.",
  ])("is asked for, not granted: %s", (text) => {
    expect(readEndWording(text).extended_until).toBeNull();
    const at = text.search(/udgangen|31\.12/);
    expect(extensionTo(text.slice(0, at))).toBe("extension_requested");
  });

  it("a question's answer still grants: `svarer, at forsøget kan fortsætte til`", () => {
    expect(readEndWording("Styrelsen svarer på spørgsmålet, at forsøget kan fortsætte til udgangen af 2022.").extended_until).toBe("2022-12-31");
  });

  it("a later `til` of another clause is no end: `…, og det vil jeg tage stilling til i efteråret 2020`", () => {
    const text = "Thisted Kommune har spurgt, om forsøget kan fortsætte til udgangen af 2022, og det vil jeg tage stilling til i efteråret 2020.";
    expect(extensionTo(text.slice(0, text.indexOf("efteråret")))).toBeNull();
    expect(extensionTo("Forsøget forlænges, som aftalt med styrelsen, til ")).toBe("extended_until");
  });
});
