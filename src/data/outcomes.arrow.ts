import { writeTable } from "../../loaders/build.ts";

await writeTable("outcomes", "arrow");
