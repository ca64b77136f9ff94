// Danish number and date formatting (da-DK), so figures read as the sources write them: 2,5 mio. kr., 1. juli 2017.
import * as d3 from "npm:d3";

export const da = d3.formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."] });

export const daTime = d3.timeFormatLocale({
  dateTime: "%A den %d %B %Y %X",
  date: "%d.%m.%Y",
  time: "%H:%M:%S",
  periods: ["AM", "PM"],
  days: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
  shortDays: ["søn", "man", "tir", "ons", "tor", "fre", "lør"],
  months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  shortMonths: ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
});

/** 1234567 → "1.234.567". */
export const formatNumber = da.format(",d");

/** Kroner as Danish reports write them: "2,5 mio. kr.", "720.000 kr."; `ca.` when approximate. */
export function formatKr(value: number, approximate = false): string {
  const text = Math.abs(value) >= 1e6 ? `${da.format(",.1~f")(value / 1e6)} mio. kr.` : `${formatNumber(value)} kr.`;
  return approximate ? `ca. ${text}` : text;
}

const dayMonthYear = daTime.utcFormat("%-d. %B %Y");
const monthYear = daTime.utcFormat("%B %Y");

/** A date as "1. juli 2017"; month precision as "januar 2014"; year precision as "udgangen af 2022". */
export function formatDate(value: Date | number | string | null, precision: string = "day"): string {
  if (value === null || value === undefined) return "–";
  const date = new Date(value);
  if (precision === "year") return `udgangen af ${date.getUTCFullYear()}`;
  return precision === "month" ? monthYear(date) : dayMonthYear(date);
}

/** Axis ticks for time scales: "jan. 2013". */
export const formatMonthTick = daTime.utcFormat("%b %Y");

const yearTick = daTime.utcFormat("%Y");

/** Time-axis ticks: the year on 1 January, else "jul. 2017". */
export function formatTimeTick(date: Date): string {
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? yearTick(date) : formatMonthTick(date);
}
