// `npm run gen:api`: writes the client types of the API (web/src/api/schema.gen.ts) from the OpenAPI document,
// built in-process without a database. Commit the result; the contract test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, apiTypesSource } from './api-contract.ts';

writeFileSync(API_TYPES_FILE, await apiTypesSource());
console.log(`wrote ${API_TYPES_FILE}`);
