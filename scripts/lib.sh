# Shared by the scripts: paths and the check that set-up has run.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NODE_PATH=/usr/share/nodejs   # em++'s JS optimizer needs Debian's node modules
# --closure 1 runs the closure compiler from npm (the release of Emscripten
# 3.1.6's time, whose externs it was tested with), as its native binary.
export EM_CLOSURE_COMPILER="$ROOT/node_modules/google-closure-compiler-linux/compiler"
DEBIAN_PACKAGES=(emscripten nlohmann-json3-dev libhowardhinnant-date-dev cmake g++ make
                 googletest libgtest-dev chromium)

missing_packages() {
  local p
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
  # Node.js may come from elsewhere with its own npm; only when it is absent
  # are Debian's packages installed.
  command -v node > /dev/null || echo nodejs
  command -v npm > /dev/null || echo npm
}

# Runs scripts/setup when a package or the npm modules are missing.
ensure_setup() {
  if [[ -n "$(missing_packages)" || ! -f "$ROOT/node_modules/.package-lock.json" ||
        "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]]; then
    "$ROOT/scripts/setup"
  fi
}
