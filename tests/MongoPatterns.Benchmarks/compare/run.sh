#!/usr/bin/env bash
# Side-by-side comparison: builds the benchmarks, starts ONE mongopatterns-server process, runs the same tasks with
# MongoPatterns (Repository<T> and the raw driver), the Node.js driver, Mongoose and pymongo against it, and prints one
# table (task, MB/s per client, ratio MongoPatterns/each). Usage, from anywhere:
#   bash tests/MongoPatterns.Benchmarks/compare/run.sh [--quick] [--rounds <n>] [--no-build] [--out <dir>]
# --rounds n runs every client n times, rotating which client goes first, and reports each client's median MB/s over
# the rounds: on a shared machine this evens out load changes between the clients' runs.
# Environment: MONGOPATTERNS_BENCHMARK_DATA (default <repo>/../shared/benchmark-data), COMPARE_NODE_MODULES (default
# tests/MongoPatterns.Compat/node_modules; install with `bash tests/MongoPatterns.Compat/install.sh`), PYTHON
# (default /usr/bin/python3 with python3-pymongo).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
quick=""
build=1
rounds=1
out="$root/BenchmarkDotNet.Artifacts/compare"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick="--quick" ;;
    --no-build) build=0 ;;
    --rounds) rounds="$2"; shift ;;
    --out) out="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"
data="${MONGOPATTERNS_BENCHMARK_DATA:-$root/../shared/benchmark-data}"
if [ ! -d "$data" ]; then
  echo "compare: skipped, benchmark data not found at $data (set MONGOPATTERNS_BENCHMARK_DATA)" >&2
  exit 0
fi
data="$(cd "$data" && pwd)"
node_modules="${COMPARE_NODE_MODULES:-$root/tests/MongoPatterns.Compat/node_modules}"
python="${PYTHON:-/usr/bin/python3}"
bin="$root/tests/MongoPatterns.Benchmarks/bin/Release/net10.0"

if [ "$build" = 1 ]; then
  dotnet build "$root/tests/MongoPatterns.Benchmarks" -c Release -nologo -v quiet
fi

echo "compare: load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
coproc SERVER { exec dotnet "$bin/MongoPatterns.Server.dll" --port 0 --bind 127.0.0.1 2>"$out/server.log"; }
server_pid=$SERVER_PID
stop_server() {
  # Closing the server's stdin stops it; kill it (by its pid only) if it lingers.
  exec {SERVER[1]}>&- 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$server_pid" 2>/dev/null || return 0; sleep 0.5; done
  kill "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT
if ! read -r -t 60 line <&"${SERVER[0]}"; then
  echo "compare: mongopatterns-server did not start; see $out/server.log" >&2
  exit 1
fi
uri="${line#mongopatterns-server listening on }"
echo "compare: mongopatterns-server pid $server_pid on $uri" >&2

rm -f "$out"/mongopatterns-*.json "$out"/node-*.json "$out"/pymongo-*.json

run_dotnet() {
  # A client whose task failed still writes its JSON (the failure is listed there); keep going to the table.
  dotnet "$bin/MongoPatterns.Benchmarks.dll" compare --uri "$uri" --json "$out/mongopatterns-$1.json" $quick >/dev/null \
    || echo "compare: the MongoPatterns run reported failures" >&2
}
run_node() {
  if [ -d "$node_modules/mongodb" ] && [ -d "$node_modules/mongoose" ] && command -v node >/dev/null; then
    NODE_PATH="$node_modules" node "$here/node-clients.js" --uri "$uri" --data "$data" --json "$out/node-$1.json" $quick \
      || echo "compare: the Node.js run reported failures" >&2
  else
    echo "compare: Node.js clients skipped: no mongodb/mongoose in $node_modules (run: bash tests/MongoPatterns.Compat/install.sh)" >&2
  fi
}
run_pymongo() {
  if "$python" -c "import pymongo" 2>/dev/null; then
    "$python" "$here/pymongo_client.py" --uri "$uri" --data "$data" --json "$out/pymongo-$1.json" $quick \
      || echo "compare: the pymongo run reported failures" >&2
  else
    echo "compare: pymongo skipped: $python cannot import pymongo (apt-get install python3-pymongo)" >&2
  fi
}

clients=(run_dotnet run_node run_pymongo)
for ((round = 1; round <= rounds; round++)); do
  echo "compare: round $round of $rounds" >&2
  for ((k = 0; k < ${#clients[@]}; k++)); do
    "${clients[$(((k + round - 1) % ${#clients[@]}))]}" "$round"
  done
done

echo "compare: load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$python" "$here/merge.py" "$out/compare.md" "$out"/mongopatterns-*.json "$out"/node-*.json "$out"/pymongo-*.json
echo "compare: table written to $out/compare.md" >&2
