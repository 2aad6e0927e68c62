"""Held-out injection batches: texts written after the rules, to measure how the rules
do on wording they were not tuned on. `python -m tests.corpus.gen_heldout` rewrites
`tests/corpus/heldout/injection/<batch>.jsonl` from `texts/heldout*.py`, placing each
text in carriers of its own (chat exports, tickets, CSV, shell output, forum pages,
forwarded mail, Go/SQL/YAML comments, wiki pages) — not the main corpus's carriers, so
that a rule fitted to those does not get credit here.

Each batch is measured separately (`python -m tests.corpus.harness injection --heldout`).
A batch stays honest only until someone tunes on it: `batch1` was measured before the
rule changes that followed it, `batch2` after them (see the figures in
`tests/guards/test_corpus_figures.py`). `batch3` (`gen_heldout3`, its own carriers) was
written by someone who had not read the rules nor the main corpus.
"""

# ruff: noqa: E501 -- corpus texts and templates stay one line each, as written

from __future__ import annotations

import html
import json
import random
import sys

from tests.corpus.cases import ROOT, Case

HELDOUT = ROOT / "heldout"
SEED = 20250602

Item = tuple[str, str, str]
"""(category, context, text)."""

FILL: dict[str, dict[str, str]] = {
    "en": {"who": "Priya", "greet": "Hello team,", "sign": "Thanks,\nDaniel Okafor", "subj": "Re: onboarding checklist",
           "blurb": "The warehouse in Leeds will close early on Friday for the stock count.", "title": "How we ship faster in winter"},
    "de": {"who": "Jonas", "greet": "Guten Morgen zusammen,", "sign": "Beste Grüße\nLena Hoffmann", "subj": "AW: Checkliste Einarbeitung",
           "blurb": "Das Lager in Kassel schließt am Freitag wegen der Inventur früher.", "title": "So liefern wir im Winter schneller"},
    "fr": {"who": "Camille", "greet": "Bonjour à tous,", "sign": "Merci,\nLucas Martin", "subj": "RE : liste d'intégration",
           "blurb": "L'entrepôt de Lille fermera plus tôt vendredi pour l'inventaire.", "title": "Comment livrer plus vite en hiver"},
    "es": {"who": "Lucía", "greet": "Hola a todos:", "sign": "Gracias,\nPablo Romero", "subj": "RE: lista de incorporación",
           "blurb": "El almacén de Zaragoza cerrará antes el viernes por el inventario.", "title": "Cómo enviamos más rápido en invierno"},
    "it": {"who": "Giulia", "greet": "Buongiorno a tutti,", "sign": "Grazie,\nMarco Bianchi", "subj": "R: checklist di inserimento",
           "blurb": "Il magazzino di Bologna chiuderà prima venerdì per l'inventario.", "title": "Come spediamo più in fretta d'inverno"},
    "pt": {"who": "Beatriz", "greet": "Olá, pessoal,", "sign": "Obrigado,\nRafael Costa", "subj": "RE: checklist de integração",
           "blurb": "O armazém de Campinas vai fechar mais cedo na sexta por causa do inventário.", "title": "Como enviamos mais rápido no inverno"},
    "nl": {"who": "Sanne", "greet": "Goedemorgen allemaal,", "sign": "Bedankt,\nThijs Bakker", "subj": "Re: checklist onboarding",
           "blurb": "Het magazijn in Tilburg sluit vrijdag eerder vanwege de inventarisatie.", "title": "Zo leveren we sneller in de winter"},
    "ru": {"who": "Ольга", "greet": "Коллеги, добрый день!", "sign": "Спасибо,\nДмитрий Соколов", "subj": "Re: чек-лист адаптации",
           "blurb": "Склад в Казани в пятницу закроется раньше из-за инвентаризации.", "title": "Как мы ускоряем доставку зимой"},
    "zh": {"who": "小王", "greet": "大家好：", "sign": "谢谢\n陈磊", "subj": "回复：入职清单",
           "blurb": "苏州仓库周五因盘点提前关闭。", "title": "冬季如何更快发货"},
    "ja": {"who": "佐藤さん", "greet": "皆さま、お疲れさまです。", "sign": "よろしくお願いします。\n鈴木一郎", "subj": "Re: 入社手続きチェックリスト",
           "blurb": "金曜日は棚卸しのため、名古屋倉庫の営業を早めに終了します。", "title": "冬でも早く届けるための工夫"},
    "ko": {"who": "지훈 님", "greet": "팀원 여러분, 안녕하세요.", "sign": "감사합니다.\n박서연", "subj": "RE: 온보딩 체크리스트",
           "blurb": "금요일에는 재고 조사로 대전 창고가 일찍 문을 닫습니다.", "title": "겨울에도 빠르게 배송하는 방법"},
    "ar": {"who": "ليلى", "greet": "صباح الخير يا فريق،", "sign": "شكرًا،\nعمر الخطيب", "subj": "رد: قائمة الانضمام",
           "blurb": "سيغلق مستودع جدة مبكرًا يوم الجمعة بسبب الجرد.", "title": "كيف نشحن أسرع في الشتاء"},
    "hi": {"who": "अनीता", "greet": "सभी को नमस्कार,", "sign": "धन्यवाद,\nराहुल वर्मा", "subj": "Re: ऑनबोर्डिंग चेकलिस्ट",
           "blurb": "स्टॉक गिनती के कारण पुणे गोदाम शुक्रवार को जल्दी बंद होगा।", "title": "सर्दियों में तेज़ डिलीवरी कैसे करें"},
}


def _dump(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1)


def wrap(text: str, lang: str, context: str, rng: random.Random) -> str:
    """`text` inside a carrier of kind `context` (shapes the main corpus does not use)."""
    f = FILL[lang]
    if context in ("direct", "code"):
        return text
    if context == "chat":
        return f"[09:14] {f['who']}: {f['blurb']}\n[09:16] guest_4471: {text}\n[09:17] {f['who']}: 👍"
    if context == "tool_result":
        shape = rng.randrange(5)
        if shape == 0:
            return _dump({"ok": True, "channel": "C04QX2", "messages": [
                {"user": "U01AB", "ts": "1717000001.0001", "text": f["blurb"]},
                {"user": "U07ZZ", "ts": "1717000042.0003", "text": text}]})
        if shape == 1:
            return _dump({"key": f"OPS-{rng.randrange(100, 999)}", "fields": {
                "summary": f["subj"], "priority": {"name": "Medium"}, "description": text}})
        if shape == 2:
            cell = text.replace('"', '""')
            return f'id,author,rating,comment\n1041,{f["who"]},5,"{f["blurb"]}"\n1042,anon,4,"{cell}"\n'
        if shape == 3:
            return f"$ cat uploads/notes.txt\n{f['blurb']}\n{text}\n$ echo $?\n0\n"
        return f"[extracted from report.pdf, page 2 of 9]\n{f['title']}\n\n{f['blurb']} {text}\n\n— 2 —"
    if context == "web_page":
        shape = rng.randrange(4)
        if shape == 0:
            body = f'<div class="thread"><div class="post-body">{f["blurb"]}</div>\n<div class="post-body">{text}</div></div>'
        elif shape == 1:
            body = f'<main><p>{f["blurb"]}</p></main>\n<footer><small>{text}</small></footer>'
        elif shape == 2:
            body = f'<p>{f["blurb"]}</p><span style="color:#fefefe;font-size:1px">{text}</span>'
        else:
            return f"{f['title']}\n\n5 min · {f['who']}\n\n{f['blurb']}\n\n{text}\n\nShare · Comment · Save"
        return (f'<html><head><meta charset="utf-8"><title>{html.escape(f["title"])}</title></head>'
                f"<body>\n<h2>{html.escape(f['title'])}</h2>\n{body}\n</body></html>")
    if context == "email":
        shape = rng.randrange(3)
        if shape == 0:
            body = (f"{f['greet']}\n\nFYI\n\n---------- Forwarded message ---------\nFrom: billing@vendor-mail.net\n"
                    f"Subject: {f['subj']}\n\n{text}\n")
        elif shape == 1:
            body = f"{f['greet']}\n\n{text}\n\n{f['sign']}\n\n> {f['blurb']}\n"
        else:
            body = f"{f['blurb']}\n\n{text}\n\n{f['sign']}\n\nUnsubscribe: https://lists.vendor-mail.net/u/8841"
        return f"From: {f['who']} <contact@vendor-mail.net>\nSubject: {f['subj']}\n\n{body}"
    if context == "code_comment":
        lines = text.split("\n")
        shape = rng.randrange(4)
        if shape == 0:
            return "".join(f"# {ln}\n" for ln in lines) + "def rebuild_index(db):\n    db.vacuum()\n    return db.count()\n"
        if shape == 1:
            return "package sync\n\n" + "".join(f"// {ln}\n" for ln in lines) + "func Pull(ctx context.Context) error {\n\treturn nil\n}\n"
        if shape == 2:
            return "".join(f"-- {ln}\n" for ln in lines) + "SELECT id, total FROM orders WHERE created_at > now() - interval '7 days';\n"
        return "jobs:\n  build:\n    runs-on: ubuntu-latest\n" + "".join(f"    # {ln}\n" for ln in lines) + "    steps:\n      - run: make test\n"
    if context == "doc":
        shape = rng.randrange(2)
        if shape == 0:
            return f"## {f['title']}\n\n| step | owner |\n|---|---|\n| pack | {f['who']} |\n\n{text}\n\n_Last edited 3 days ago_"
        return f"Meeting notes\n\n- {f['blurb']}\n- {text}\n- next sync on Tuesday"
    raise ValueError(f"unknown context {context!r}")


def cases(batch: str, items: dict[str, tuple[list[Item], list[Item]]]) -> list[Case]:
    """The batch's cases, numbered per language, each text in its carrier."""
    rng = random.Random(f"{SEED}:{batch}")
    out = []
    for lang, (positives, negatives) in items.items():
        n = 0
        for label, group in (("positive", positives), ("negative", negatives)):
            for category, context, text in group:
                n += 1
                out.append(Case(f"{batch}-{lang}-{n}", wrap(text, lang, context, rng), label,
                                "injection", category, lang, context,
                                category if label == "positive" else ""))
    return out


def batches() -> dict[str, list[Case]]:
    """Every held-out batch, by name."""
    from tests.corpus import gen_heldout3
    from tests.corpus.texts import heldout1, heldout2

    return {"batch1": cases("batch1", heldout1.ITEMS), "batch2": cases("batch2", heldout2.ITEMS),
            "batch3": gen_heldout3.batch3()}


def main() -> None:
    folder = HELDOUT / "injection"
    folder.mkdir(parents=True, exist_ok=True)
    for name, got in batches().items():
        (folder / f"{name}.jsonl").write_text("".join(c.to_json() + "\n" for c in got),
                                             encoding="utf-8")
        pos = sum(c.positive for c in got)
        sys.stdout.write(f"{name}: {pos} positive, {len(got) - pos} negative\n")


if __name__ == "__main__":
    main()
