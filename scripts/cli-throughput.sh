#!/usr/bin/env bash
# Articles per CPU-second of `geoparse --jsonl` on real text, as issue #11 defines it: the CPU time (user + sys) of
# the CLI over the dev-eval passages repeated 40 times, minus that over them once (JVM start and gazetteer load),
# divided by the 39 x 43 articles that makes. One active processor, so JIT and GC threads do not hide in parallel.
# The inputs are written to a temporary folder and removed: the passages never enter the repository.
# Usage: scripts/cli-throughput.sh [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/kharita.jar}
shared=${SHARED:-../shared}
[ -f "$shared/dev-eval/articles.jsonl" ] || { echo "cli-throughput: skipped, $shared/dev-eval is absent"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$shared/dev-eval/articles.jsonl" "$tmp" <<'PY'
import json, sys
arts = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
for times in (1, 40):
    with open(f'{sys.argv[2]}/x{times}.jsonl', 'w', encoding='utf-8') as f:
        for k in range(times):
            for a in arts:
                f.write(json.dumps({'id': f"{a['id']}#{k}", 'text': a['text'], 'language': a['language']}, ensure_ascii=False) + '\n')
print(len(arts))
PY
n=$(grep -c . "$shared/dev-eval/articles.jsonl")
cpu() { /usr/bin/time -f "%U %S" -o "$tmp/t" java -Xmx256m -XX:ActiveProcessorCount=1 -jar "$jar" geoparse --jsonl "$1" > /dev/null; awk '{print $1 + $2}' "$tmp/t"; }
one=$(cpu "$tmp/x1.jsonl"); forty=$(cpu "$tmp/x40.jsonl")
awk -v a="$one" -v b="$forty" -v n="$n" 'BEGIN { printf "geoparse --jsonl: x1 %.1f s CPU, x40 %.1f s CPU; %d articles in %.1f s = %.0f articles per CPU-second\n", a, b, 39 * n, b - a, 39 * n / (b - a) }'
