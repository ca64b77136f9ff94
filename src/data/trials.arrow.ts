import { writeTable } from "../../loaders/build.ts";

await writeTable("trials", "arrow");
