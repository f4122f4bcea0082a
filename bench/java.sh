# Sourced by the bench scripts: sets JAVA to a JDK 21 or newer (JAVA if given, else JAVA_HOME, /usr/lib/jvm, the PATH).
JAVA="${JAVA:-}"
if [[ -z "$JAVA" ]]; then
  for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java)"; do
    [[ -x "$candidate" ]] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [[ "${version%%.*}" -ge 21 ]]; then JAVA="$candidate"; break; fi
  done
fi
[[ -n "$JAVA" ]] || { echo "$(basename "$0") needs a JDK 21 or newer"; exit 1; }
