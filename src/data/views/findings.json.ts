import { writeView } from "../../../loaders/views.ts";
import { findings } from "../../components/views/outcomes.ts";

await writeView(findings);
