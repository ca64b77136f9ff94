/** Outcome themes, assigned by explicit keyword rules so every assignment can be traced. */
import type { Theme } from "./types.ts";

const RULES: Array<[Theme, RegExp]> = [
  ["administrative_relief", /administr|bureaukrati|forenkl|arbejdsgang|dokumentation|proceskrav|lettelse|smidig|oversagsbehandling/i],
  [
    "citizen_experience",
    /borger\w*\s+(?:har\s+)?(?:oplev|føler|finder)|tilfredshed|gennemsigtighed|ventetid|borgerens oplevelse|borgeroplevelse|relevante tilbud|mening/i,
  ],
  ["employment_effect", /beskæftigelse|i job|i arbejde|ledighed|jobafklaringsforløb|gensygemeld|varighed/i],
  ["economy", /spar|besparelse|økonomisk|gevinst|kr\.|ressource/i],
  ["staff", /medarbejder|rådgiver|sagsbehandler|jobkonsulent|virksomhedskonsulent|arbejdsglæde|fagligt|faglig/i],
];

export function themesOf(statement: string): Theme[] {
  return RULES.filter(([, re]) => re.test(statement)).map(([theme]) => theme);
}
