#!/usr/bin/env bash
# The read + tally benchmark in one command (see BENCHMARKS.md):
#   benchmarks/run.sh [--sizes 1000000,5000000] [--reps 3] [--data DIR] [--xmx 2g] [--small-heap 256m] [--tools a,b]
# Builds the benchmarks module and what it needs (no tests), then runs the harness, which generates
# the data files if missing (into benchmarks/target/data by default) and starts one JVM per run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" io.hasila.benchmarks.Harness "$@"
