import { writeTable } from "../../loaders/build.ts";

await writeTable("disagreements", "arrow");
