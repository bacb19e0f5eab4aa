#!/usr/bin/env bash
# CI: the board report is a web page, so open it in a real browser. Makes a small run, a
# comparison and a sweep, opens each report.html in headless Chromium (Debian's package), takes a
# full-page screenshot, and fails if the page is blank or the browser logs a console error.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  apt-get update -q && apt-get install -y -q chromium
  browser=$(command -v chromium)
fi
command -v python3 >/dev/null || { apt-get update -q && apt-get install -y -q python3; }

# Headless Chromium now and then hangs on a page it renders in seconds the next time: give each call
# 90 s and one retry, so a stuck browser fails the check (or recovers) instead of the whole CI's time.
browse() {
  local attempt
  for attempt in 1 2; do
    timeout 90 "$browser" "$@" && return 0
    local rc=$?
    [ "$rc" -eq 124 ] || return "$rc"
    echo "report-browser: chromium timed out (attempt $attempt)" >&2
  done
  return 124
}

out=target/ci-browser
rm -rf "$out" && mkdir -p "$out"
./ccgsim run scenarios/switch-to-directive.yaml --replications 3 --months 24 --threads 2 --out "$out/run" --quiet
./ccgsim compare scenarios/engagement.yaml scenarios/directive.yaml --replications 3 --months 24 --threads 2 --out "$out/compare" --quiet
./ccgsim sweep scenarios/baseline.yaml --param ccg.management.mix=0:1:0.5 --replications 2 --months 13 --threads 2 --out "$out/sweep" --quiet

# A console error, an uncaught exception or a failed load, caught in the page itself and written
# into the DOM, so --dump-dom reports it whatever the browser's own logging does.
hook='<script>window.__errors=[];window.addEventListener("error",function(e){window.__errors.push(String(e.message||e.type))},true);(function(){var o=console.error;console.error=function(){window.__errors.push(Array.prototype.join.call(arguments," "));o.apply(console,arguments)}})();window.addEventListener("load",function(){var imgs=document.images,i;for(i=0;i<imgs.length;i++){if(!imgs[i].complete||imgs[i].naturalWidth===0)window.__errors.push("image not rendered: "+(imgs[i].alt||i))}document.documentElement.setAttribute("data-errors",JSON.stringify(window.__errors))});</script>'

# The page's full height, as the browser lays it out, so the screenshot holds the whole page.
page_height() {
  local probe="${1%.html}-height.html"
  sed 's#</body>#<script>document.title="height="+document.documentElement.scrollHeight;</script></body>#' "$1" > "$probe"
  local h
  h=$(browse --headless --no-sandbox --disable-gpu --window-size=1280,1000 --virtual-time-budget=5000 --dump-dom "file://$PWD/$probe" 2>/dev/null \
      | grep -o 'height=[0-9]*' | head -1 | cut -d= -f2)
  echo "${h:-8000}"
}

status=0
for kind in run compare sweep; do
  page="$out/$kind/report.html"
  test -f "$page" || { echo "report-browser: $page missing"; status=1; continue; }
  probe="$out/$kind/report-probe.html"
  sed "s#<head>#<head>$hook#" "$page" > "$probe"
  flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files --run-all-compositor-stages-before-draw --virtual-time-budget=5000)
  dom=$(browse "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$PWD/$probe" 2> "$out/$kind/console.log")
  errors=$(printf '%s' "$dom" | python3 -c 'import re,sys,html; m=re.search(r"data-errors=\"([^\"]*)\"", sys.stdin.read()); print(html.unescape(m.group(1)) if m else "NO-HOOK")')
  logged=$(grep -E 'CONSOLE\(|Uncaught|console.error' "$out/$kind/console.log" || true)
  browse "${flags[@]}" --window-size=1280,$(page_height "$page") --screenshot="$PWD/$out/$kind/report.png" "file://$PWD/$page" 2>/dev/null
  verdict=$(java .ci/PageCheck.java "$out/$kind/report.png")
  read -r ncolours content height <<< "$verdict"
  echo "report-browser: $kind: $ncolours colours, content to y=$content of $height px, errors: $errors ${logged:+; console: $logged}"
  if [ "$ncolours" -lt 50 ]; then echo "report-browser: $kind report renders blank or nearly so"; status=1; fi
  if [ "$content" -lt 1500 ]; then echo "report-browser: $kind report is cut short"; status=1; fi
  if [ "$errors" != "[]" ] || [ -n "$logged" ]; then echo "report-browser: $kind report has errors"; status=1; fi
done
exit $status
