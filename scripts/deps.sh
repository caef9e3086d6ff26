# Sourced by scripts/run, scripts/test, scripts/bench and scripts/fuzz: installs the Debian 12
# packages Shortlist needs when any is missing (apt-get; sudo when not root).
shortlist_packages=(
  g++ cmake ninja-build dpkg-dev file pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqcustomplot-dev
  libsqlite3-dev sqlite3 postgresql-15
  xvfb xauth poppler-utils qpdf fonts-dejavu-core python3-icalendar
  clang libclang-rt-14-dev
)

shortlist_install_deps() {
  local missing=()
  local pkg
  for pkg in "${shortlist_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configure once, then build incrementally. $1 = build dir, $2 = build type, rest = cmake options.
shortlist_build() {
  local dir=$1 type=$2
  shift 2
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$shortlist_root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" || return 1
  fi
  cmake --build "$dir" --parallel "$(nproc)"
}
