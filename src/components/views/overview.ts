// The overview page's view (src/index.md): the trials its status chart counts. See view.ts for what a
// definition gives.
import type { ViewDefinition } from "./view.js";

/** Each trial's programme and status (NULL where no document states one), for the bars of trials by programme and status. */
export const trialStatuses: ViewDefinition = {
  name: "statuses",
  tables: ["trials"],
  sql: `SELECT trial_id, programme, status FROM trials`,
  filters: [],
  order: ["trial_id"],
};
