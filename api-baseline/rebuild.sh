#!/usr/bin/env bash
# Rebuilds the API baseline: the main jars of the published modules at a git ref (default: the
# tag of the last release), built with the Maven wrapper in a temporary directory and copied here.
# The build's API compatibility check (japicmp, see CONTRIBUTING.md) compares each module with its
# jar in this folder, so it needs neither the tag nor the network.
#
#   api-baseline/rebuild.sh [REF]        e.g. api-baseline/rebuild.sh v0.1.0
#
# Extra Maven options go in MAVEN_ARGS (e.g. MAVEN_ARGS=-o to build offline). Nothing is installed:
# the baseline build only packages. Commit the changed jars and baseline.properties afterwards.
set -euo pipefail

ref="${1:-v0.1.0}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
modules=(core testkit io-json io-csv)

commit="$(git -C "$root" rev-parse --verify --quiet "${ref}^{commit}")" || {
  echo "rebuild.sh: no commit for '$ref' (tag it first, or name a branch or commit)" >&2
  exit 2
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Building the API baseline of $ref ($commit) in $work"
git -C "$root" archive --format=tar "$commit" | tar -x -C "$work"
list="$(IFS=,; echo "${modules[*]}")"
(cd "$work" && ./mvnw -B -q ${MAVEN_ARGS:-} package -pl "$list" -am \
  -DskipTests -Djapicmp.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Denforcer.skip=true)

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$work/pom.xml" | head -n 1)"
for m in "${modules[@]}"; do
  jar="$work/$m/target/hasila-$m-$version.jar"
  [[ -f "$jar" ]] || { echo "rebuild.sh: $jar was not built" >&2; exit 1; }
  cp "$jar" "$here/hasila-$m.jar"
done
cat > "$here/baseline.properties" <<PROPS
# The release the API compatibility check compares with; written by api-baseline/rebuild.sh.
ref=$ref
commit=$commit
version=$version
PROPS
echo "API baseline of $ref ($commit, version $version):"
ls -l "$here"/hasila-*.jar
