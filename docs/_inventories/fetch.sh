#!/usr/bin/env bash
# Rebuild the intersphinx inventories in this folder (see README.md).
#
# The docs build runs without network access to documentation sites, so intersphinx reads these
# files instead of downloading objects.inv. Four come verbatim from Debian's documentation
# packages; NumPy and pint get minimal inventories written by make_minimal.py.
#
# Needs Debian's apt (run `apt-get update` first) and dpkg-deb; installs nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# output file, Debian package, path of objects.inv inside the package
inventories=(
    "python.inv python3.11-doc ./usr/share/doc/python3.11/html/objects.inv"
    "attrs.inv python-attr-doc ./usr/share/doc/python-attr-doc/html/objects.inv"
    "babel.inv python-babel-doc ./usr/share/doc/python-babel-doc/html/objects.inv"
    "pandas.inv python-pandas-doc ./usr/share/doc/python-pandas-doc/html/objects.inv"
)

for line in "${inventories[@]}"; do
    read -r output package member <<<"$line"
    (cd "$work" && apt-get download --quiet "$package" >/dev/null 2>&1)
    deb="$(ls "$work/${package}"_*.deb)"
    dpkg-deb --fsys-tarfile "$deb" | tar -xO "$member" >"$here/$output"
    echo "$output <- $(basename "$deb")"
done

python3 "$here/make_minimal.py"
