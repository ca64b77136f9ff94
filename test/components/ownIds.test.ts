import { describe, expect, test } from "vitest";
import { ownIds } from "../../src/components/charts/ownIds.ts";
import { newDocument } from "./dom.ts";

describe("ownIds: a copy's ids and the references to them renamed", () => {
  const frame = () => {
    const div = newDocument().createElement("div");
    div.innerHTML =
      '<svg><pattern id="hatch-1"></pattern><rect fill="url(#hatch-1)" stroke="url(#other)"></rect><use href="#hatch-1"></use></svg>' +
      '<a href="#elsewhere">link</a><span aria-describedby="hatch-1">x</span>';
    return div;
  };

  test("renames each id and every url(#…) and #… that names it, and nothing else", () => {
    const copy = ownIds(frame(), "narrow");
    expect(copy.querySelector("pattern")!.id).toBe("hatch-1-narrow");
    expect(copy.querySelector("rect")!.getAttribute("fill")).toBe("url(#hatch-1-narrow)");
    // Not an id of this copy: left as it is.
    expect(copy.querySelector("rect")!.getAttribute("stroke")).toBe("url(#other)");
    expect(copy.querySelector("use")!.getAttribute("href")).toBe("#hatch-1-narrow");
    expect(copy.querySelector("a")!.getAttribute("href")).toBe("#elsewhere");
    // An attribute that holds an id by name rather than as a reference stays: none of the charts uses one.
    expect(copy.querySelector("span")!.getAttribute("aria-describedby")).toBe("hatch-1");
  });

  test("two copies of one frame share no id", () => {
    const ids = (e: Element) => Array.from(e.querySelectorAll("[id]"), (x) => x.id);
    const [wide, narrow] = [ownIds(frame(), "wide"), ownIds(frame(), "narrow")];
    expect(ids(wide).filter((id) => ids(narrow).includes(id))).toEqual([]);
  });

  test("an element without ids is returned unchanged", () => {
    const div = newDocument().createElement("div");
    div.innerHTML = '<svg><rect fill="url(#x)"></rect></svg>';
    expect(ownIds(div, "wide").innerHTML).toBe('<svg><rect fill="url(#x)"></rect></svg>');
  });
});
