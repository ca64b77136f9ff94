import { readSeeds } from "../../loaders/reference.ts";
import { corpusVersion } from "../../loaders/version.ts";

// The corpus version for source lines: "5 documents · a1b2c3d" (loaders/version.ts).
process.stdout.write(JSON.stringify(corpusVersion(readSeeds(process.env.FRIKOMMUNE_ROOT || undefined))));
