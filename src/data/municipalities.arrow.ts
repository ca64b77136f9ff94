import { writeTable } from "../../loaders/build.ts";

await writeTable("municipalities", "arrow");
