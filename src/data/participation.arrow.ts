import { writeTable } from "../../loaders/build.ts";

await writeTable("participation", "arrow");
