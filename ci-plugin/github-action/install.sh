#!/usr/bin/env bash
# The Action's first step: the CLI distribution released for the Action's own version (the file cli-version beside
# this script), downloaded from that version's GitHub release and checked against the SHA-256 published with it
# before anything in it runs. Only when there is no release of that version does the Action build the CLI from
# source (the next steps cache the Maven repository and run the launcher at the top of the repository).
# UPGRADE_RISK_RELEASES_URL replaces https://github.com/OWNER/REPO/releases/download (tests, mirrors).
# Outputs: source (release or source), cli (the release's bin/upgrade-risk), cache-key (for a build from source).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=$(tr -d ' \t\r\n' < "$here/cli-version")
name="upgrade-risk-$version"
out="${GITHUB_OUTPUT:-/dev/null}"
work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
dir="$work/upgrade-risk-cli"
rm -rf "$dir" && mkdir -p "$dir" "$work/upgrade-risk"

# the repository the Action was checked out from (the runner puts it in _actions/OWNER/REPO/REF/), else the
# workflow's own repository (uses: ./ci-plugin/github-action)
repo="${GITHUB_REPOSITORY:-}"
case "$here" in
  */_actions/*/*/*/ci-plugin/github-action)
    rest="${here##*/_actions/}"; owner="${rest%%/*}"; rest="${rest#*/}"; repo="$owner/${rest%%/*}" ;;
esac
base="${UPGRADE_RISK_RELEASES_URL:-https://github.com/$repo/releases/download}"
url="$base/v$version/$name.tar.gz"

failed() { # the step fails; the summary (and the pull request comment) say why
  echo "::error::upgrade-risk: $1"
  printf '### upgrade-risk could not run\n\n%s\n' "$1" | tee "$work/upgrade-risk/report.md" \
    >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
  rm -rf "$dir"
  exit 1
}

# fetch URL FILE: prints the HTTP status (000 for file: URLs), or "missing" when there is no such file
fetch() {
  local status rc
  status=$(curl --silent --show-error --location --retry 3 --output "$2" --write-out '%{http_code}' "$1")
  rc=$?
  if [ "$status" = 404 ] || [ "$rc" = 37 ]; then echo missing; return 0; fi
  [ "$rc" = 0 ] || return "$rc"
  echo "$status"
}

sha256() { if command -v sha256sum > /dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1; }

status=$(fetch "$url.sha256" "$dir/$name.tar.gz.sha256") || failed "could not download $url.sha256"
if [ "$status" = missing ]; then
  echo "upgrade-risk: no release $version at $base (no $name.tar.gz.sha256); building it from source"
  root=$(cd "$here/../.." && pwd)
  key=$(find "$root" -name pom.xml -not -path '*/target/*' -not -path '*/src/it/*' | LC_ALL=C sort | xargs cat \
    | cat - "$root/.mvn/wrapper/maven-wrapper.properties" | sha256 /dev/stdin)
  { echo "source=source"; echo "cli="; echo "cache-key=upgrade-risk-maven-${RUNNER_OS:-local}-${key:0:20}"; } >> "$out"
  exit 0
fi
case "$status" in 200 | 000) ;; *) failed "could not download $url.sha256 (HTTP $status)" ;; esac
expected=$(cut -d' ' -f1 < "$dir/$name.tar.gz.sha256" | tr 'A-F' 'a-f')
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || failed "$url.sha256 holds no SHA-256"

status=$(fetch "$url" "$dir/$name.tar.gz") || failed "could not download $url"
case "$status" in 200 | 000) ;; *) failed "could not download $url (HTTP $status)" ;; esac
actual=$(sha256 "$dir/$name.tar.gz")
if [ "$actual" != "$expected" ]; then
  failed "SHA-256 mismatch for $url: the release publishes $expected, the download is $actual. The file is corrupt \
or not the one released, so nothing was unpacked or run."
fi
tar -xzf "$dir/$name.tar.gz" -C "$dir" || failed "could not unpack $name.tar.gz"
[ -x "$dir/$name/bin/upgrade-risk" ] || failed "$name.tar.gz has no bin/upgrade-risk"
echo "upgrade-risk: using release $version ($name.tar.gz, SHA-256 $actual)"
{ echo "source=release"; echo "cli=$dir/$name/bin/upgrade-risk"; echo "cache-key="; } >> "$out"
