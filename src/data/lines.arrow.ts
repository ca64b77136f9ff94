import { writeTable } from "../../loaders/build.ts";

await writeTable("lines", "arrow");
