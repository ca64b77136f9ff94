import { writeView } from "../../../loaders/views.ts";
import { selectedTrials } from "../../components/views/timeline.ts";

await writeView(selectedTrials);
