import { writeTable } from "../../loaders/build.ts";

await writeTable("mentions", "arrow");
