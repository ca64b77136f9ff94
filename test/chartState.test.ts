// Chart state in the URL: what chart pages and embeds read and write, and the snippets built from it.
import { describe, expect, it } from "vitest";
import {
  CHART_NAMES,
  embedUrl,
  exportFileName,
  iframeSnippet,
  moduleSnippet,
  pageUrl,
  parseState,
  pick,
  say,
  serialiseState,
} from "../src/components/presenter/chartState.ts";

describe("parseState", () => {
  it("reads each chart's own filters and the common display settings", () => {
    const state = parseState(
      "timeline",
      "?programme=Frikommuneforsøg%20I&status=cancelled&municipality=791&q=fleksjob&sort=duration&trial=fk1-medborgerskab&theme=dark&lang=da&present",
    );
    expect(state).toMatchObject({
      programme: "Frikommuneforsøg I",
      status: "cancelled",
      municipality: 791,
      q: "fleksjob",
      sort: "duration",
      trial: "fk1-medborgerskab",
      theme: "dark",
      lang: "da",
      present: true,
    });
    expect(parseState("participation", "network=En%20mere%20fleksibel&rows=alphabetical&columns=similarity&municipality=820&trial=fk2-x")).toMatchObject({
      network: "En mere fleksibel",
      rows: "alphabetical",
      columns: "similarity",
      municipality: 820,
      trial: "fk2-x",
    });
  });

  it("falls back to the defaults on garbage, and ignores keys the chart does not use", () => {
    const defaults = parseState("timeline", "");
    expect(defaults).toEqual({
      programme: null,
      status: null,
      recommendation: null,
      municipality: null,
      trial: null,
      network: null,
      q: "",
      sort: "start",
      rows: "similarity",
      columns: "count",
      provisional: false,
      theme: null,
      lang: null,
      present: false,
    });
    const garbage = "programme=%00%20&status=%00&municipality=12a&trial=<script>&sort=random&theme=purple&lang=de&present=0&provisional=off&q=%20%20";
    expect(parseState("timeline", garbage)).toEqual(defaults);
    expect(parseState("timeline", "%E0%A4%A=&&&==&programme")).toEqual(defaults);
    expect(parseState("timeline", `q=${"x".repeat(101)}`).q).toBe("");
    // A programme the seeds do not have, from a researcher's added documents, is kept as written.
    expect(parseState("timeline", "programme=Udfordringsretten").programme).toBe("Udfordringsretten");
    expect(parseState("timeline", `programme=${"x".repeat(121)}`).programme).toBeNull();
    // The figures chart has no filters but the switch for provisional rows; the display settings apply.
    expect(parseState("outcomes-figures", "programme=Frikommuneforsøg%20I&theme=light")).toMatchObject({ programme: null, theme: "light" });
    // "none" (findings attributed to no municipality) means something only for the findings.
    expect(parseState("outcomes-themes", "municipality=none").municipality).toBe("none");
    expect(parseState("timeline", "municipality=none").municipality).toBeNull();
  });

  it("forgives case, spacing and decomposed Danish letters", () => {
    expect(parseState("timeline", new URLSearchParams({ programme: "  FRIKOMMUNEFORSØG II " })).programme).toBe("Frikommuneforsøg II");
    // Å typed on some keyboards arrives as A and a combining ring.
    expect(parseState("timeline", new URLSearchParams({ q: "Ålborg".normalize("NFD") })).q).toBe("Ålborg");
    expect(parseState("timeline", "status=Cancelled&theme=DARK&present=yes")).toMatchObject({ status: "cancelled", theme: "dark", present: true });
  });

  it("accepts a plain object, as the module API does", () => {
    expect(parseState("participation", { programme: "Frikommuneforsøg II", municipality: 820, present: true, theme: undefined })).toMatchObject({
      programme: "Frikommuneforsøg II",
      municipality: 820,
      present: true,
      theme: null,
    });
  });
});

describe("serialiseState", () => {
  it("writes only the chart's keys off their default, in a fixed order, and reads back the same state", () => {
    const state = parseState("timeline", "present&lang=en&programme=Frikommuneforsøg%20I&status=ongoing&network=x");
    const query = serialiseState("timeline", state);
    expect(query).toBe("programme=Frikommuneforsøg%20I&status=ongoing&lang=en&present".replace("ø", "%C3%B8"));
    expect(parseState("timeline", query)).toEqual(state);
    expect(serialiseState("outcomes-figures", state)).toBe("lang=en&present");
    expect(serialiseState("participation", {})).toBe("");
  });

  it("asks for provisional rows with a bare ?provisional, on every chart that has them, and keeps it in links and file names", () => {
    expect(parseState("timeline", "provisional").provisional).toBe(true);
    expect(parseState("participation", "provisional=0").provisional).toBe(false);
    expect(parseState("outcomes-figures", "?provisional&lang=da")).toMatchObject({ provisional: true, lang: "da" });
    expect(parseState("timeline", "").provisional).toBe(false);
    expect(serialiseState("outcomes-themes", { provisional: true, q: "løn" })).toBe("q=l%C3%B8n&provisional");
    expect(serialiseState("timeline", { provisional: false })).toBe("");
    expect(exportFileName("timeline", { provisional: true }, "svg")).toBe("durations-provisional.svg");
  });

  it("round-trips every chart's state", () => {
    const query =
      "programme=Frikommuneforsøg%20II&status=completed&recommendation=yes&municipality=851&trial=fk2-a&network=Net%20%26%20work&q=%C3%A6%C3%B8%C3%A5%20%22x%22&sort=number&rows=count&columns=alphabetical&theme=light&lang=da&present";
    for (const chart of CHART_NAMES) {
      const state = parseState(chart, query);
      expect(parseState(chart, serialiseState(chart, state)), chart).toEqual(state);
    }
  });
});

describe("snippets", () => {
  const state = parseState("timeline", "programme=Frikommuneforsøg%20I&q=a%22b<c");

  it("an iframe of the embed page with the state, a title, escaped attributes", () => {
    expect(embedUrl("http://127.0.0.1:3000", "timeline", state)).toBe(
      "http://127.0.0.1:3000/embed/timeline?programme=Frikommuneforsøg%20I&q=a%22b%3Cc".replace("ø", "%C3%B8"),
    );
    const snippet = iframeSnippet("http://127.0.0.1:3000", "timeline", state, 'Trial "periods" & <milestones>');
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:3000\/embed\/timeline\?programme=Frikommunefors%C3%B8g%20I&amp;q=a%22b%3Cc" title="Trial &quot;periods&quot; &amp; &lt;milestones&gt;" /,
    );
    expect(snippet).toContain('loading="lazy"');
  });

  it("the chart's page in the same state, out of presentation mode", () => {
    expect(pageUrl("http://h", "outcomes-themes", parseState("outcomes-themes", "municipality=none&present&theme=dark"))).toBe(
      "http://h/outcomes?municipality=none&theme=dark",
    );
    expect(pageUrl("http://h", "timeline", {})).toBe("http://h/durations");
  });

  it("a module import of the chart's export with the same state", () => {
    const snippet = moduleSnippet("http://127.0.0.1:3000", "outcomes-themes", parseState("outcomes-themes", "q=</script>"));
    expect(snippet).toContain('import {outcomeThemes} from "http://127.0.0.1:3000/embed/charts.js";');
    expect(snippet).toContain('outcomeThemes(document.getElementById("frikommune-outcomes-themes"), "q=%3C%2Fscript%3E");');
    expect(snippet.match(/<\/script>/g)).toHaveLength(1);
    expect(moduleSnippet("http://h", "timeline", {})).toContain('timeline(document.getElementById("frikommune-timeline"));');
  });
});

describe("say and pick", () => {
  it("gives one language, or the site's English with the Danish in parentheses", () => {
    expect(say("da", "cancelled", "annulleret")).toBe("annulleret");
    expect(say("en", "cancelled", "annulleret")).toBe("cancelled");
    expect(say(null, "cancelled", "annulleret")).toBe("cancelled (annulleret)");
    expect(say(null, "Milestones", "milepæle")).toBe("Milestones (milepæle)");
    expect(say("da", "Milestones", "milepæle")).toBe("Milepæle");
  });

  it("pick keeps English unless Danish is asked for", () => {
    expect(pick("da", "trials", "forsøg")).toBe("forsøg");
    expect(pick("en", "trials", "forsøg")).toBe("trials");
    expect(pick(null, "trials", "forsøg")).toBe("trials");
  });
});

describe("exportFileName", () => {
  it("names the page and the view's filters", () => {
    expect(exportFileName("timeline", parseState("timeline", "programme=Frikommuneforsøg I&status=cancelled&present&theme=dark"), "svg")).toBe(
      "durations-frikommuneforsoeg-i-cancelled.svg",
    );
    expect(exportFileName("timeline", {}, "png")).toBe("durations.png");
    expect(exportFileName("outcomes-themes", parseState("outcomes-themes", "municipality=820&q=Løn"), "svg", { municipality: "Vesthimmerland" })).toBe(
      "outcomes-themes-vesthimmerland-q-loen.svg",
    );
    expect(exportFileName("participation", parseState("participation", "rows=alphabetical&trial=fk1-medborgerskab"), "png")).toBe(
      "participation-alphabetical-fk1-medborgerskab.png",
    );
  });

  it("keeps a long search within a file name's length", () => {
    expect(exportFileName("timeline", parseState("timeline", `q=${"å".repeat(100)}`), "svg").length).toBeLessThanOrEqual(124);
  });
});

describe("the module snippet", () => {
  it("says the site must allow the cross-origin import", () => {
    expect(moduleSnippet("http://h", "timeline", {})).toMatch(/http:\/\/h must send Access-Control-Allow-Origin/);
  });
});
