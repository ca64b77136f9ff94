import { writeView } from "../../../loaders/views.ts";
import { milestones } from "../../components/views/timeline.ts";

await writeView(milestones);
