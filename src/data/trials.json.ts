import { writeTable } from "../../loaders/build.ts";

await writeTable("trials", "json");
