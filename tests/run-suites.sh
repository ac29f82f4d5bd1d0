#!/usr/bin/env bash
# `npm test`: every suite, failing if any fails. The convergence campaign is long and needs only
# CPU, so it runs at the lowest priority beside the suites that spend much of their time waiting
# on browsers and the network; its report is printed when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."

step() {
	echo
	echo "=== $* ==="
	"$@"
}

step npm run check && step npm run lint && step npm run test:unit || exit 1

campaign_log=$(mktemp)
echo
echo "=== convergence campaign (${CONVERGENCE_SCENARIOS:-2000} scenarios, in the background at low priority) ==="
nice -n 19 node --import tsx tests/convergence/run.ts --scenarios "${CONVERGENCE_SCENARIOS:-2000}" \
	>"$campaign_log" 2>&1 &
campaign=$!

status=0
step npm run test:reader && step npm run test:rooms && step npm run test:browser &&
	step npm run test:e2e || status=1
if [ "$status" -ne 0 ]; then
	kill "$campaign" 2>/dev/null
fi

wait "$campaign" || status=1
echo
echo "=== convergence campaign: report ==="
cat "$campaign_log"
rm -f "$campaign_log"
exit "$status"
