#!/usr/bin/env bash
# Teletransmission at volume, without a running stack: parses and validates a generated 1,000,000-care-line NLF file
# (lines/s, peak heap), then ingests it through the real service over HTTP to ClaimAnalysed events on a real broker,
# with the test infrastructure's PostgreSQL (lines/s end to end, peak heap). Needs python3 (tools/nlf-gen.py).
#   ./bench-nlf.sh                 # 200,000 décomptes x 5 lines
#   ./bench-nlf.sh 20000 5         # a smaller file for the ingestion part
set -euo pipefail
cd "$(dirname "$0")"
source .ci/java-home.sh
./mvnw -q -DskipTests install -pl teletransmission -am
./mvnw -q -pl teletransmission dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
cd teletransmission
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
echo "== Parse and validate (NlfParseBenchmark)"
"$JAVA_HOME/bin/java" -Xmx512m -cp "$cp" fr.prestaflow.teletransmission.nlf.NlfParseBenchmark
echo "== Ingest to ClaimAnalysed on the broker (NlfIngestBenchmark)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" fr.prestaflow.teletransmission.NlfIngestBenchmark "${1:-200000}" "${2:-5}"
