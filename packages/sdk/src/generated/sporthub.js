/**
 * Generated from openapi/sporthub.yaml by `pnpm generate`. Do not edit by hand.
 */
export {};
