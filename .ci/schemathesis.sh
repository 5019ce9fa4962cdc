#!/usr/bin/env bash
# Runs schemathesis against the OpenAPI document a throwaway daemon serves: every operation, generated
# valid and invalid requests; fails on any 5xx or any answer the document does not describe.
# positive_data_acceptance is left out: a request can match the schema and still be refused for what only
# the store knows (an unknown unit, a cursor this API never gave, a case's lifecycle): 400/422 problems that
# the document lists, not defects.
# The two event streams never end by design: they are tested by EscalationStreamTests and WallTests.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CASEWATCH_BIN:-.build/debug}
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin/casewatch" init --db "$work/db.sqlite" >/dev/null
key=$("$bin/casewatch" keys create schemathesis --scope ingest --scope read --scope signoff --db "$work/db.sqlite" | grep -oE 'cwk_[A-Za-z0-9_-]+' | head -n 1)
# A rate far above what the run makes: the document's 429 is checked by the tests, not here.
"$bin/casewatchd" --db "$work/db.sqlite" --no-deliveries --http 127.0.0.1:0 --rate-limit 100000/s >"$work/daemon.log" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 300); do
  port=$(grep -oE 'serving HTTP address=127\.0\.0\.1:[0-9]+' "$work/daemon.log" | grep -oE '[0-9]+$' || true)
  if [ -n "$port" ]; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$work/daemon.log" >&2; exit 1; fi
  sleep 0.1
done
if [ -z "$port" ]; then echo "schemathesis: the daemon did not start serving HTTP" >&2; cat "$work/daemon.log" >&2; exit 1; fi
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  sleep 0.1
done

# One run of the whole API but the intake, and one of the intake: with skip_invalid=true an invalid event
# is answered 200 and listed in `rejected` (the valid ones stored), by design, which negative_data_rejection
# would count as "invalid data accepted"; without it every invalid event is refused (EventRoutesTests).
run() {
  python3 -m schemathesis.cli --no-color run "http://127.0.0.1:$port/v1/openapi.yaml" \
    --header "Authorization: Bearer $key" \
    --checks all \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-40}" \
    --seed 1 \
    --request-timeout 30 \
    --phases examples,coverage,fuzzing \
    --exclude-path-regex '/stream$' \
    --max-time "${SCHEMATHESIS_MAX_TIME:-150}" \
    --generation-database none \
    "$@"
}
run --exclude-checks positive_data_acceptance --exclude-operation-id postEvents
run --exclude-checks positive_data_acceptance,negative_data_rejection --include-operation-id postEvents
