import { SCHEMA } from "../../loaders/schema.ts";

process.stdout.write(JSON.stringify(SCHEMA));
