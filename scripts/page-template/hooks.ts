// Module hooks (registered by register.ts): hands Node Framework's page template with accessibleTemplate's edits.
import type { LoadHook } from "node:module";
import { accessibleTemplate, TEMPLATE_MODULE } from "./template.ts";

export const load: LoadHook = async (url, context, nextLoad) => {
  const result = await nextLoad(url, context);
  if (!TEMPLATE_MODULE.test(url) || result.source === undefined) return result;
  return { ...result, source: accessibleTemplate(Buffer.from(result.source as Uint8Array).toString("utf8")) };
};
