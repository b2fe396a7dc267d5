#!/usr/bin/env bash
# Benchmarks a running Prestaflow stack (start one with ./run-local.sh): NLF care lines per second from upload to
# adjudication and payment, upload requests per second and latency, event-to-timeline latency, memory of every process,
# and the raw throughput of the same Kafka broker. Prints a table and writes target/bench/results.json.
#
#   ./bench.sh                                  # defaults: gateway http://localhost:8080, Kafka localhost:9092
#   ./bench.sh --decomptes 5000 --skip kafka    # a smaller run; ./bench.sh --help lists every option
#   BENCH_JAVA_OPTS=-Dbench.gateway=http://host:8080 ./bench.sh   # options as system properties work too
#
# Builds the bench module first when it is missing or older than its sources. Needs python3 (tools/nlf-gen.py).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/java-home.sh
stamp=bench/target/.built
if [ ! -f "$stamp" ] || [ ! -f bench/target/classpath.txt ] || [ -n "$(find bench/pom.xml bench/src -newer "$stamp" | head -1)" ]; then
  echo "Building the bench module..."
  ./mvnw -q -DskipTests -pl bench -am package
  touch "$stamp"
fi
# C1 only: the bench shares the two cores with the stack it measures, and C2 compiling its Kafka and JSON code competed
# with the services during the measured phases.
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${BENCH_JAVA_OPTS:-} -Dprestaflow.root="$PWD" \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.prestaflow.bench.Benchmark "$@"
