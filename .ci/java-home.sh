# Picks a JDK >= 21 for the build: JAVA_HOME if it is one, else the newest under /usr/lib/jvm, else the java on PATH.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/*/ ; do
    candidate="${candidate%/}"
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
      if [ -z "$JAVA_HOME" ] || [ "$(java_major "$candidate")" -gt "$(java_major "$JAVA_HOME")" ]; then JAVA_HOME="$candidate"; fi
    fi
  done
  if [ -z "$JAVA_HOME" ] && command -v javac >/dev/null; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  fi
  if [ -z "$JAVA_HOME" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
    echo "Prestaflow needs a JDK 21 or newer: set JAVA_HOME to one." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
