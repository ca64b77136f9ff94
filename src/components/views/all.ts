// Every view a page or an embed draws from, for the build (src/data/views/) and the tests that run each
// through both paths.
import { figures, findings } from "./outcomes.js";
import { trialStatuses } from "./overview.js";
import { statements } from "./participation.js";
import { milestones, periods, selectedTrials } from "./timeline.js";
import type { ViewDefinition } from "./view.js";

export const VIEWS: ViewDefinition[] = [trialStatuses, selectedTrials, periods, milestones, statements, figures, findings];

/** One view per base rows' name: views over the same SQL share their base rows. */
export const BASES: ViewDefinition[] = [...new Map(VIEWS.map((view) => [view.name, view])).values()];
