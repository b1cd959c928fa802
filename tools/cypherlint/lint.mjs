// Lints Cypher statements against Neo4j 5's grammar and semantic analysis, offline.
//
// stdin: JSON {"schema": {labels, relationshipTypes, propertyKeys}?,
//              "queries": [{"name", "query", "parameters"}]}
//        (a bare list of queries is accepted too)
// stdout: JSON [{"name", "diagnostics": [{"severity", "message", "line", "column"}]}]
// Exit code: 0 when no query has a diagnostic, 1 when one has, 2 on bad input.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function lintOne({ name, query, parameters }, schema) {
  const dbSchema = { ...schema, parameters: parameters ?? {}, defaultLanguage: 'CYPHER 5' };
  const { diagnostics } = lintCypherQuery(query, dbSchema);
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
}

let input;
try {
  input = JSON.parse(await readStdin());
} catch (err) {
  console.error(`lint.mjs: stdin is not JSON: ${err.message}`);
  process.exit(2);
}
const queries = Array.isArray(input) ? input : input.queries;
const schema = Array.isArray(input) ? {} : input.schema ?? {};
if (!Array.isArray(queries)) {
  console.error('lint.mjs: expected a list of {name, query, parameters}');
  process.exit(2);
}
const results = queries.map((q) => lintOne(q, schema));
console.log(JSON.stringify(results, null, 2));
process.exit(results.some((r) => r.diagnostics.length > 0) ? 1 : 0);
