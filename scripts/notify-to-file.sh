#!/bin/sh
# The offline receiver of the demo (policies/notify.yaml, receiver `demo-log`): appends each message that
# CaseWatch gives on standard input to a file, with a line saying when it arrived.
# Usage: notify-to-file.sh [FILE]   (default: casewatch-messages.log in the working directory)
set -eu
out="${1:-casewatch-messages.log}"
dir=$(dirname "$out")
[ -d "$dir" ] || mkdir -p "$dir"
{
    printf '=== received %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    cat
    printf '\n'
} >> "$out"
