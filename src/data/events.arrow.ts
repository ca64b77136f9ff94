import { writeTable } from "../../loaders/build.ts";

await writeTable("events", "arrow");
