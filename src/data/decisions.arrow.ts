import { writeTable } from "../../loaders/build.ts";

await writeTable("decisions", "arrow");
