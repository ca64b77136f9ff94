import { describe, expect, it } from "vitest";
import { readQuantities } from "../../loaders/numbers.ts";

const one = (text: string) => {
  const { quantities, problems } = readQuantities(text);
  expect(problems).toEqual([]);
  expect(quantities).toHaveLength(1);
  return quantities[0];
};

describe("amounts of money (issue 10: each was misread or lost)", () => {
  it.each([
    // Before: +720000.
    ["-720.000 kr.", -720_000],
    ["−720.000 kr.", -720_000],
    // Before: 0.
    ["720 000 kr.", 720_000],
    ["720\u00a0000 kr.", 720_000],
    // Before: 1001.
    ["1.000,50 kr.", 1000.5],
    // Before: no row and no stop.
    ["720.000,- kr.", 720_000],
    ["720.000,-", 720_000],
    ["kr. 720.000", 720_000],
    ["DKK 720.000", 720_000],
    ["720.000 DKK", 720_000],
    ["2,5 mio kr.", 2_500_000],
    ["2,5 mio. kroner", 2_500_000],
    ["720.000 kr", 720_000],
    ["2.5 mio. kr.", 2_500_000],
    ["2.75 mio. kr.", 2_750_000],
    ["1,2 mia. kr.", 1_200_000_000],
    ["2.500 mio. kr.", 2_500_000_000],
    ["1.200 kr.", 1200],
  ])("%s → %d", (text, value) => {
    expect(one(text)).toMatchObject({ value, unit: "DKK", qualifier: "exact", approximate: false });
  });

  it("keeps ca. with a decimal point before mio. (before: 5000000 and ca. lost)", () => {
    // An estimate named as such a few words before its figure (before: exact).
    expect(one("Anslået besparelse: 1.000,50 kr. pr. sag")).toMatchObject({ value: 1000.5, qualifier: "approximate" });
    expect(one("en skønnet gevinst på 2 mio. kr.")).toMatchObject({ value: 2_000_000, qualifier: "approximate" });
    expect(one("Besparelse: 1.000,50 kr.")).toMatchObject({ qualifier: "exact" });
    expect(one("sparet ca. 2.5 mio. kr. i alt")).toMatchObject({ value: 2_500_000, qualifier: "approximate", approximate: true, text: "ca. 2.5 mio. kr." });
  });

  it.each([
    ["ca. 2,5 mio. kr.", "approximate"],
    ["ca 2,5 mio. kr.", "approximate"],
    ["cirka 2,5 mio. kr.", "approximate"],
    ["omkring 2,5 mio. kr.", "approximate"],
    ["omtrent 2,5 mio. kr.", "approximate"],
    ["over 2,5 mio. kr.", "at_least"],
    ["mere end 2,5 mio. kr.", "at_least"],
    ["mindst 2,5 mio. kr.", "at_least"],
    // `godt og vel` is "a good": a little more than.
    ["godt og vel 2,5 mio. kr.", "at_least"],
    ["knap 2,5 mio. kr.", "at_most"],
    ["under 2,5 mio. kr.", "at_most"],
    ["mindre end 2,5 mio. kr.", "at_most"],
    ["op til 2,5 mio. kr.", "at_most"],
    ["højst 2,5 mio. kr.", "at_most"],
    // `op mod` is "close to, up to": never more.
    ["op mod 2,5 mio. kr.", "at_most"],
    ["2,5 mio. kr.", "exact"],
  ])("%s is %s", (text, qualifier) => {
    expect(one(text)).toMatchObject({ value: 2_500_000, qualifier, approximate: qualifier === "approximate", text });
  });

  it("reads two amounts in one sentence with their offsets", () => {
    const text = "sparet ca. 2,5 mio. kr. på sager, samt ca. 720.000 kr. på LÆ 265";
    const { quantities } = readQuantities(text);
    expect(quantities.map((q) => [q.value, q.qualifier, text.slice(q.index, q.index + q.text.length)])).toEqual([
      [2_500_000, "approximate", "ca. 2,5 mio. kr."],
      [720_000, "approximate", "ca. 720.000 kr."],
    ]);
  });

  it.each([
    ["1-2 mio. kr.", /range/],
    ["720.00 kr.", /thousands or decimals/],
    ["72.0000 kr.", /thousands or decimals/],
    ["1,000,000 kr.", /thousands or decimals/],
  ])("reports %s as unreadable instead of guessing", (text, reason) => {
    const { quantities, problems } = readQuantities(`Udgiften var ${text} i alt`);
    expect(quantities.filter((q) => q.unit === "DKK")).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].reason).toMatch(reason);
    expect(problems[0].text).toContain("kr.");
  });

  it("does not take a hyphen between words or a year for a sign", () => {
    expect(one("LÆ 265-blanket: 720.000 kr.")).toMatchObject({ value: 720_000 });
    expect(one("2019: -720.000 kr.")).toMatchObject({ value: -720_000 });
    // A dash between a year and an amount is a separator or a range, never a minus.
    expect(readQuantities("i 2019 - 720.000 kr.").quantities.filter((q) => q.value < 0)).toEqual([]);
  });
});

describe("counts", () => {
  it.each([
    ["11 nordjyske kommuner", 11, "municipalities"],
    ["17 aktive forsøg", 17, "trials"],
    ["14 deltagere", 14, "persons"],
    ["Seks kommuner", 6, "municipalities"],
    ["tre af jeres fire ansøgninger", 3, "applications"],
  ])("%s → %d %s", (text, value, unit) => {
    expect(readQuantities(text).quantities[0]).toMatchObject({ value, unit, qualifier: "exact" });
  });

  it.each([
    ["72 pct.", 72],
    ["72 %", 72],
    ["72%", 72],
    ["12,5 procent", 12.5],
  ])("%s → %d percent, unit kept", (text, value) => {
    expect(one(text)).toMatchObject({ value, unit: "percent" });
  });

  it.each([
    // compounds count by their last word, a number with thousands points too
    ["Godt 300 sygedagpengemodtagere", 300, "persons", "at_least"],
    ["1.150 færre lægeattester i 2021", 1150, "certificates", "exact"],
    ["bestilt 312 attester", 312, "certificates", "exact"],
    ["omkring 250 sager om året", 250, "cases", "approximate"],
    // genitive, and definite after `af`
    ["de fire kommuners oplevelser", 4, "municipalities", "exact"],
    ["fra seks af kommunerne", 6, "municipalities", "exact"],
    ["Af de ni forsøg i dette notat", 9, "trials", "exact"],
    ["netværkets tre ansøgninger", 3, "applications", "exact"],
    // OCR's ø in forsøg
    ["deltager i felgende fire fors@g:", 4, "trials", "exact"],
    ["i 12 kontanthjælpsmodtageres sager", 12, "persons", "exact"],
  ])("%s → %d %s (%s)", (text, value, unit, qualifier) => {
    expect(one(text)).toMatchObject({ value, unit, qualifier });
  });

  it("reads no count of one (an article) and no adjective taken for a noun", () => {
    expect(readQuantities("et forsøg med en borger").quantities).toEqual([]);
    expect(readQuantities("3 ledige stillinger og 2 nye regler").quantities).toEqual([]);
  });

  it("keeps a count's qualifier", () => {
    expect(one("knap 100 borgere")).toMatchObject({ value: 100, unit: "persons", qualifier: "at_most" });
    expect(one("over 40 pct.")).toMatchObject({ value: 40, unit: "percent", qualifier: "at_least" });
  });
});

describe("counts in the units employment trials report (issue 10)", () => {
  it.each([
    // the unit's plural, singular, genitive, definite and compound forms
    ["Hver deltager fik 12 timer med en mentor", 12, "hours", "exact"],
    ["ca. 3 timers sagsbehandling sparet pr. sag", 3, "hours", "approximate"],
    ["omkring 450 konsulenttimer", 450, "hours", "approximate"],
    ["op til 10 samtaler", 10, "conversations", "at_most"],
    ["knap 40 jobsamtaler i alt", 40, "conversations", "at_most"],
    ["over 200 sager i første halvår", 200, "cases", "at_least"],
    ["mere end 35 borgere", 35, "persons", "at_least"],
    ["under 20 ledige", 20, "persons", "at_most"],
    ["i alt 1 200 personer", 1200, "persons", "exact"],
    ["ventetiden faldt med 3 uger", 3, "weeks", "exact"],
    ["efter 6 maaneder uden job", 6, "months", "exact"],
    ["cirka 14 dage kortere", 14, "days", "approximate"],
    ["mere end 60 sygedage færre", 60, "days", "at_least"],
    ["godt 25 ressourceforløb blev forlænget", 25, "courses", "at_least"],
    ["ledigheden faldt 2,5 procentpoint", 2.5, "percentage_points", "exact"],
    ["en stigning på 4 pct.-point", 4, "percentage_points", "exact"],
  ])("%s → %d %s (%s)", (text, value, unit, qualifier) => {
    expect(one(text)).toMatchObject({ value, unit, qualifier });
  });

  it("keeps the qualifier in the words read", () => {
    expect(one("Vi holdt omkring 80 samtaler.")).toMatchObject({ text: "omkring 80 samtaler", index: 9, approximate: true });
  });

  it("does not also read percentage points as percent", () => {
    expect(readQuantities("steg 4 pct.-point til 72 pct.").quantities.map((q) => `${q.value} ${q.unit}`)).toEqual(["4 percentage_points", "72 percent"]);
  });

  it.each([
    ["a paragraph", "efter § 17 sager om revurdering"],
    ["a law number", "jf. lov nr. 1234 timer og satser"],
    ["a page number", "se side 12 borgere fordelt på alder"],
    ["a phone number", "ring på tlf. 98 76 54 32 dage og aftener"],
    ["a week number", "i uge 12 timer af hinanden"],
    ["a clock time", "kl. 10 samtaler med nye ledige"],
    ["a year after a season", "i foråret 2020 samtaler med alle"],
    ["a year, verb after it", "I 2021 forløb samtalerne planmæssigt"],
    ["a date", "fra 1/7 2018 borgere i målgruppen"],
    ["an ordinal", "i 12. måned inden for 18-måneders perioden"],
    ["a noun ending like a unit", "der var 3 årsager og 4 brugere"],
    ["an adjective before another noun", "3 ledige stillinger"],
  ])("reads no count from %s", (_, text) => {
    expect(readQuantities(text)).toEqual({ quantities: [], problems: [] });
  });

  it("reads a count after `de sidste`, and reports one whose digit groups mix points and spaces", () => {
    expect(one("i de sidste 3 måneder")).toMatchObject({ value: 3, unit: "months" });
    expect(readQuantities("1.200 300 borgere")).toEqual({
      quantities: [],
      problems: [{ index: 0, text: "1.200 300 borgere", reason: 'cannot tell thousands or decimals in "1.200 300"' }],
    });
  });

  it("reports a range of counts instead of reading one end of it", () => {
    expect(readQuantities("hvert forløb tager 3-4 timer")).toEqual({
      quantities: [],
      problems: [{ index: 19, text: "3-4 timer", reason: "a range of counts, not read as one figure" }],
    });
  });
});

describe("counts of a fourth round (issue 10)", () => {
  it.each([
    ["Der er kommet 3 høringssvar", 3, "responses", "exact"],
    ["Ministeriet har modtaget 6 høringssvar, heraf 3 med bemærkninger", 6, "responses", "exact"],
    ["godt 20 af høringssvarene støtter forslaget", 20, "responses", "at_least"],
  ])("%s → %d %s (%s)", (text, value, unit, qualifier) => {
    expect(readQuantities(text).quantities[0]).toMatchObject({ value, unit, qualifier });
  });

  it("reads a count with two adjectives before its noun", () => {
    expect(one("sammen med ti andre nordjyske kommuner")).toMatchObject({ value: 10, unit: "municipalities", text: "ti andre nordjyske kommuner" });
  });

  it("reads both figures of `X af Y …`: the part and the whole", () => {
    const read = (text: string) => readQuantities(text).quantities.map((q) => `${q.value} ${q.unit}`);
    expect(read("deltager to af netværkets elleve kommuner")).toEqual(["2 municipalities", "11 municipalities"]);
    expect(read("vi imødekommer tre af jeres fire ansøgninger")).toEqual(["3 applications", "4 applications"]);
    expect(read("seks af kommunerne")).toEqual(["6 municipalities"]);
    expect(read("to af de 11 kommuner")).toEqual(["2 municipalities", "11 municipalities"]);
  });
});
