#!/bin/sh
# One file per call, named by receipt time in ns: parallel hooks never interleave their writes.
dir="${HOOK_RECORDER_DIR:?}"
cat > "$dir/$(date +%s%N)-$$.json"
