import { writeView } from "../../../loaders/views.ts";
import { figures } from "../../components/views/outcomes.ts";

await writeView(figures);
