import { writeTable } from "../../loaders/build.ts";

await writeTable("networks", "arrow");
