#!/usr/bin/env bash
# Packs every packable project (src/*) into artifacts/packages/ (or the folder given as $1).
# The version comes from <VersionPrefix> in Directory.Build.props; set VERSION_SUFFIX for prereleases.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/packages}"
mkdir -p "$out"
suffix_arg=()
if [ -n "${VERSION_SUFFIX:-}" ]; then suffix_arg=(--version-suffix "$VERSION_SUFFIX"); fi
for project in "$root"/src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$out" --nologo "${suffix_arg[@]}"
done
echo "packages written to $out:"
ls -1 "$out"
