#!/bin/sh
# One file per call: parallel hooks never interleave their writes.
dir="${HOOK_RECORDER_DIR:?}"
cat > "$dir/$(date +%s%N)-$$.json"
