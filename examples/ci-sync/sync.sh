#!/usr/bin/env bash
# Nightly partner sync for CI (SPEC §5, §6.5, §6.6): share new consented health measurements and the
# attendance of referred members with a clinic (FHIR; the server checks consent and audits each share),
# import a school's OneRoster roster, export new participation records — each exactly once.
# Cursors live in $SPORTHUB_STATE_DIR (cache it between runs); each is written only after its step
# succeeded, so a failed night is simply repeated by the next one.
#
# Environment:
#   SPORTHUB_API_URL, SPORTHUB_TOKEN   API and token (required)
#   SPORTHUB_CLINIC                    clinic partner code (skip the clinic step when empty)
#   SPORTHUB_CLINIC_POST_URL           POST the bundle to the clinic's FHIR server instead of only keeping the file
#   SPORTHUB_SCHOOL, SPORTHUB_ROSTER   school partner code and OneRoster zip/folder (skip when either is empty)
#   SPORTHUB_PARTICIPATION_PARTNER     export participation for this partner (its agreement applies); default: all
#   SPORTHUB_STATE_DIR                 cursors and watermarks (default .sporthub-state)
#   SPORTHUB_OUT_DIR                   files produced tonight (default out)
#   SPORTHUB_BIN                       how to run the CLI (default "sporthub"; e.g. "node packages/cli/bin/run.js")
# Exit: 0 when every step succeeded, else the first failing step's exit code (68 = partial, 75 = retry later).
set -uo pipefail

: "${SPORTHUB_API_URL:?set SPORTHUB_API_URL}"
: "${SPORTHUB_TOKEN:?set SPORTHUB_TOKEN}"
export SPORTHUB_API_URL SPORTHUB_TOKEN CI=true

read -r -a SPORTHUB <<< "${SPORTHUB_BIN:-sporthub}"
STATE_DIR=${SPORTHUB_STATE_DIR:-.sporthub-state}
OUT_DIR=${SPORTHUB_OUT_DIR:-out}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$STATE_DIR" "$OUT_DIR"
status=0

# Runs one step; its --json result goes to $OUT_DIR/<name>-<stamp>.json; remembers the first failure.
step() {
  local name=$1
  shift
  local result="$OUT_DIR/$name-$STAMP.json"
  "${SPORTHUB[@]}" "$@" --json > "$result"
  local rc=$?
  if [ "$rc" -eq 0 ]; then
    echo "sync: $name ok ($result)" >&2
  else
    echo "sync: $name failed with exit $rc ($result)" >&2
    [ "$status" -eq 0 ] && status=$rc
  fi
  return "$rc"
}

if [ -n "${SPORTHUB_CLINIC:-}" ]; then
  target=(--out "$OUT_DIR/clinic-$STAMP.fhir.json")
  [ -n "${SPORTHUB_CLINIC_POST_URL:-}" ] && target=(--post "$SPORTHUB_CLINIC_POST_URL")
  step clinic sync clinic --partner "$SPORTHUB_CLINIC" "${target[@]}" --state "$STATE_DIR/clinic.json"
fi

if [ -n "${SPORTHUB_SCHOOL:-}" ] && [ -n "${SPORTHUB_ROSTER:-}" ]; then
  step school sync school --partner "$SPORTHUB_SCHOOL" --import "$SPORTHUB_ROSTER" --state "$STATE_DIR/school.json"
fi

# Participation: chained on the previous export's watermark, kept in the state dir.
watermark_file="$STATE_DIR/participation.watermark"
since=()
[ -s "$watermark_file" ] && since=(--since-watermark "$(cat "$watermark_file")")
partner=()
[ -n "${SPORTHUB_PARTICIPATION_PARTNER:-}" ] && partner=(--for-partner "$SPORTHUB_PARTICIPATION_PARTNER")
export_file="$OUT_DIR/participation-$STAMP.csv"
if step participation participation export --format csv --out "$export_file" "${partner[@]}" "${since[@]}"; then
  # The watermark moves only after the export is complete; written atomically (temp file + rename).
  node -e 'const fs=require("fs");const m=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));fs.writeFileSync(process.argv[2]+".tmp",String(m.watermark));fs.renameSync(process.argv[2]+".tmp",process.argv[2])' \
    "$export_file.manifest.json" "$watermark_file" || { [ "$status" -eq 0 ] && status=1; }
fi

exit "$status"
