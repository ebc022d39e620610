#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and coverage, then runs each for a bounded
# time. Usage: Fuzz/run.sh [SECONDS per target, default 60] [TARGET...]
# Seeds: Fuzz/Corpus/TARGET (committed), plus the shipped Intents/ and Transcripts/. Inputs a fuzzer finds that crash land in
# Fuzz/Regressions/TARGET; commit them, and `make test` replays them for good.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzIntentLoader FuzzTranscriptParser FuzzReply)

swift build --scratch-path .build-fuzz \
  -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -use-ld=lld

status=0
for target in "${targets[@]}"; do
  work=".build-fuzz/corpus/$target"
  crashes="Regressions/$target"
  mkdir -p "$work" "$crashes"
  echo "== $target: ${seconds}s"
  seeds=()
  [ -d "Corpus/$target" ] && seeds+=("Corpus/$target")
  case "$target" in
  FuzzIntentLoader) seeds+=(../Intents) ;;
  FuzzTranscriptParser) seeds+=(../Transcripts) ;;
  esac
  log=".build-fuzz/$target.log"
  set +e
  ".build-fuzz/debug/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 \
    "$work" "${seeds[@]}" >"$log" 2>&1
  code=$?
  set -e
  grep -E "^(Done|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)" "$log" || true
  if [ $code -ne 0 ]; then
    echo "$target: found a failing input (exit $code); it is in Fuzz/$crashes, log in Fuzz/$log"
    status=1
  fi
done
exit $status
