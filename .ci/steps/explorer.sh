#!/usr/bin/env bash
# The explorer (/explore): its unit tests (vitest), its build, and its browser tests with Playwright driving Debian's
# Chromium against the running service (tests/Graph.Explorer.Tests/run.sh starts the service and stops it even when a
# test fails). Installs what it needs itself: chromium and fonts-wqy-microhei from apt, the npm packages by `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Vite 8 needs node 20.19 or later.
node -e 'const [a, b] = process.versions.node.split(".").map(Number); if (a < 20 || (a === 20 && b < 19)) { console.error(`node ${process.version} is too old for the explorer: 20.19 or later`); process.exit(1); }'
/usr/bin/chromium --version

echo "== explorer unit tests"
(cd src/Graph.Explorer && npm ci --no-audit --no-fund && npm test)

echo "== service and explorer build"
# explorer.targets runs `npm run build` into src/Graph.Server/wwwroot/explore as part of this build.
dotnet build src/Graph.Server -nologo -clp:ErrorsOnly
test -f src/Graph.Server/bin/Debug/net10.0/wwwroot/explore/index.html

echo "== explorer browser tests"
(cd tests/Graph.Explorer.Tests && npm ci --no-audit --no-fund)
bash tests/Graph.Explorer.Tests/run.sh
