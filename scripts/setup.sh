#!/usr/bin/env bash
# Installs what rased needs to build, test and run, from Debian's packages only.
# Idempotent: asks apt only for the packages that are missing. Runs as root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  libicu-dev libsqlite3-dev sqlite3 libgumbo-dev nlohmann-json3-dev libcli11-dev
  zlib1g-dev libpoppler-cpp-dev
  libcpp-httplib-dev libpqxx-dev libpq-dev postgresql libcurl4-openssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  hunspell-ar
  clang-14 libclang-rt-14-dev
  python3 python3-networkx
)
if [ "${RASED_WITH_WEB:-1}" = 1 ]; then
  packages+=(chromium)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
