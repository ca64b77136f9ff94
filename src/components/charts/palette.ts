// The charts' colours: Okabe–Ito hues (safe for colour-blind readers), each at a shade that stands out
// 3:1 from the page in both themes (WCAG 1.4.11). Orange and grey are too pale on white, so the light
// theme (the fallback, also where no theme is forced) darkens them; the dark theme keeps Okabe–Ito's own.
export const PALETTE = {
  blue: "#0072B2",
  green: "#009E73",
  vermillion: "#D55E00",
  orange: "var(--fk-orange, #B07400)",
  grey: "var(--fk-grey, #858585)",
};

/** The dark theme's shades, as CSS variables for frame.ts's dark theme. */
export const PALETTE_DARK = "--fk-orange: #E69F00; --fk-grey: #999999;";
