import { writeView } from "../../../loaders/views.ts";
import { trialStatuses } from "../../components/views/overview.ts";

await writeView(trialStatuses);
