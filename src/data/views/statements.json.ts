import { writeView } from "../../../loaders/views.ts";
import { statements } from "../../components/views/participation.ts";

await writeView(statements);
