// What Renovate itself does with a preset: its own package rules and its own version filter, no network.
// Usage: node renovate-lookup.js INPUT.json, with NODE_PATH naming the node_modules folder that holds renovate.
// INPUT: {"preset": {...}, "cases": [{"datasource", "packageName", "currentValue", "releases": [...], "versioning"?}]}
// (versioning: the one a manager sets, such as gradle's; by default the datasource's, as Renovate sets it before it
// applies the package rules).
// Prints, per case: the versions Renovate would still propose ("allowed": newer than the current one and let
// through by the rules; unstable versions are not filtered out), the PR body notes and labels the rules add, or
// the error Renovate raised.
'use strict';
const fs = require('fs');
const { applyPackageRules } = require('renovate/dist/util/package-rules');
const { filterVersions } = require('renovate/dist/workers/repository/process/lookup/filter');
const { getDefaultVersioning } = require('renovate/dist/modules/datasource/common');
const allVersioning = require('renovate/dist/modules/versioning');

async function lookup(preset, c) {
  const dep = {
    datasource: c.datasource,
    depName: c.packageName,
    packageName: c.packageName,
    currentValue: c.currentValue,
    currentVersion: c.currentValue,
    versioning: c.versioning ?? getDefaultVersioning(c.datasource),
    ignoreUnstable: false,
    respectLatest: false,
    packageRules: preset.packageRules,
  };
  const config = await applyPackageRules(dep);
  const versioning = allVersioning.get(config.versioning);
  const releases = c.releases.map((version) => ({ version }));
  try {
    const allowed = config.enabled === false
      ? []
      : filterVersions(config, c.currentValue, null, releases, versioning).map((r) => r.version);
    return { allowed, versioning: versioning.id, notes: config.prBodyNotes ?? [], labels: config.addLabels ?? [] };
  } catch (e) {
    return { error: String(e.validationMessage ?? e.message) };
  }
}

(async () => {
  const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const out = [];
  for (const c of input.cases) out.push(await lookup(input.preset, c));
  process.stdout.write(JSON.stringify(out));
})().catch((e) => {
  process.stderr.write(String(e.stack ?? e));
  process.exit(1);
});
