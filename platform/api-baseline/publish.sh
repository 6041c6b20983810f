#!/usr/bin/env bash
# Publishes the API bundles as built now as the baseline every later build is checked against (bnd baselining):
# copies each API jar into this Maven repository layout under the version given, e.g. 0.1.0-api2, and prints the
# line to set in the root pom (api.baseline.version). Run `mvn -B install -DskipTests` first.
set -euo pipefail
version="${1:?usage: publish.sh <version, e.g. 0.1.0-api2>}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
for module in platform/api bundles/*/api; do
  jar=$(ls "$root/$module"/target/*.api-*.jar | grep -v -- '-sources' | head -1)
  artifact=$(basename "$jar" | sed -E 's/-[0-9].*//')
  target="$here/io/mercato/$artifact/$version"
  mkdir -p "$target"
  cp "$jar" "$target/$artifact-$version.jar"
  cat > "$target/$artifact-$version.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>io.mercato</groupId><artifactId>$artifact</artifactId><version>$version</version>
</project>
POM
  for file in "$target/$artifact-$version.jar" "$target/$artifact-$version.pom"; do
    sha1sum "$file" | cut -d' ' -f1 > "$file.sha1"
  done
  echo "published $artifact $version"
done
echo "now set <api.baseline.version>$version</api.baseline.version> in the root pom.xml"
