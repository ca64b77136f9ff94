import { writeTable } from "../../loaders/build.ts";

await writeTable("documents", "arrow");
