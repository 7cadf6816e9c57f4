#!/usr/bin/env node
// Placeholder until the manifest schema lands: the provisioning feature writes dist/manifest.schema.json here.
