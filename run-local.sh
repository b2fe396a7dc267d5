#!/usr/bin/env bash
# Starts the whole Prestaflow stack on this machine with demo data: PostgreSQL (the machine's server on :5432 when it
# lets us in, else embedded binaries), a Kafka broker (KRaft), an SMTP catcher and the six services. Ctrl-C stops it.
# Needs only a JDK >= 21 and access to Maven Central. Data is kept in .local-stack/ between runs.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/java-home.sh
./mvnw -q -DskipTests install
# The launcher (PostgreSQL and Kafka supervisor, SMTP catcher) counts in the stack's memory: a heap that starts small and
# gives back what a burst of mail took, and no optimising compiler for what is mostly waiting.
exec "$JAVA_HOME/bin/java" -Xms16m -Xmx128m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 \
  -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -Xss512k -Dprestaflow.root="$PWD" \
  -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" fr.prestaflow.localstack.LocalStack
