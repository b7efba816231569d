#!/usr/bin/env bash
# Tools the extraction tests need: pango-view (Debian pango1.0-tools) renders the PDF fixtures the tests generate, and a
# CJK font makes the Chinese in them real text. Idempotent: installs only what is missing.
set -euo pipefail

need=()
command -v pango-view >/dev/null 2>&1 || need+=(pango1.0-tools)
command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fontconfig fonts-noto-cjk)

if [ "${#need[@]}" -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

pango-view --version
echo "CJK fonts: $(fc-list :lang=zh | wc -l)"
