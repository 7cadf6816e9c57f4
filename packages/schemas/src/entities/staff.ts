// Filled in by its feature; see openapi/README.md.
export {};
