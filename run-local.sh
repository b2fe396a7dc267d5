#!/usr/bin/env bash
# Starts the whole Prestaflow stack on this machine with demo data: PostgreSQL (the machine's server on :5432 when it
# lets us in, else embedded binaries), a Kafka broker (KRaft), an SMTP catcher and the six services. Ctrl-C stops it.
# Needs only a JDK >= 21 and access to Maven Central. Data is kept in .local-stack/ between runs.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/java-home.sh
./mvnw -q -DskipTests install
# The launcher (PostgreSQL and Kafka supervisor, SMTP catcher) counts in the stack's memory: a heap that gives back what a
# burst of mail took.
exec "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Dprestaflow.root="$PWD" \
  -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" fr.prestaflow.localstack.LocalStack
