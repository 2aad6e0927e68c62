"""What makes decoded text a payload for the `encoding` guard rather than data.

An encoding is evidence of hiding only when what it hides would act on an agent:
instructions to a model, asks for secrets, shell and code, high-impact actions in bulk
(`RISKY`), or an imperative that acts on someone's accounts, orders or security
settings (`HIDDEN_ACTION`), or a carrier that asks for the encoded part to be decoded and
acted on (`ASKS_TO_DECODE`). A fixture, a note, a greeting, a shopping list or a
recipe is not one, however it is encoded.
"""

from __future__ import annotations

import re

__all__ = ["ASKS_TO_DECODE", "HIDDEN_ACTION", "RISKY", "risky"]

RISKY = re.compile(
    r"(?i)\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}?"
    r"\b(?:instruction|rule|guideline|prompt|polic|directive|restriction|previous|prior|above)"
    r"|\b(?:system|developer)\s+(?:prompt|message|mode)|\byou\s+are\s+(?:now|no\s+longer)\b"
    r"|\bact\s+as\b|\bjailbr[eo]ak|\b(?:no|without)\s+(?:restrictions|limits|filters)\b"
    r"|\b(?:reveal|print|show|output|repeat|leak|dump|expose|send|forward|upload|exfiltrat\w*)"
    r"\b.{0,60}?\b(?:prompt|instructions|secret|password|api[_ -]?key|token|credential"
    r"|private[_ -]key|\.env|ssh)"
    r"|\b(?:api[_ -]?keys?|passwords?|passwd|private[_ -]key|id_rsa|credentials?)\b"
    r"|\b(?:curl|wget|ncat|nc|bash|powershell|sudo|chmod)\s+[-\w./:$@]|\brm\s+-rf\b"
    r"|/etc/(?:passwd|shadow)|\b(?:eval|exec)\s*\(|os\.system|subprocess|__import__"
    r"|<script|javascript:|\bonerror\s*=|\b(?:drop\s+table|delete\s+from|union\s+select)\b"
    r"|'\s*or\s+'?1'?\s*=\s*'?1|!\[[^\]]{0,40}\]\(https?://|<img\s[^>]{0,40}src=[\"']?https?://"
    r"|\b(?:send|forward|upload|post|e-?mail|copy|export|exfiltrat\w*)\b.{0,80}?\bto\s+"
    r"\S{0,40}(?:@\w|https?://|\.(?:com|net|org|io|ru|cn|xyz)\b)"
    r"|\b(?:approve|merge|delete|transfer|wire|disable|grant|refund)\b.{0,50}?"
    r"\b(?:all|every|without\s+(?:review|approval|asking|confirmation)|immediately|admin\w*"
    r"|100\s?%)"
    # The same asks in other languages: ignore instructions, passwords, system prompt.
    r"|\b(?:ignora|ignorez|ignoriere|ignorieren|negeer|ignoruj|игнорируй|забудь|envoie"
    r"|envía|envia|sende|schicke|отправь|удали|supprime|elimina|borra|lösche)\w*\b"
    r"|تجاهل|أرسل|احذف|كلمات المرور|删除|导出|发送|削除|送信|転送"
    r"|\b(?:instrucciones|consignes|anweisungen|istruzioni|instruções|instrukcje"
    r"|инструкции|contraseña|mot\s+de\s+passe|passwort|senha|пароль)\b"
    r"|無視|忽略|指示を|指令|パスワード|密码|密碼|비밀번호|무시|システムプロンプト|系统提示")
"""What makes decoded text a payload rather than data: instructions to a model (ignore
the rules, reveal the prompt), asks for secrets, shell and code, SQL, script, and
high-impact actions in bulk; a few of the same asks in other languages."""


ASKS_TO_DECODE = re.compile(
    r"(?i)\b(?:decode|decrypt|deobfuscate|unscramble|translate|convert|rot-?13)\w*\b.{0,40}?"
    r"\b(?:follow|execute|obey|comply|run|apply|perform|carry\s+out|act\s+on|do\s+(?:it|what|as))\b"
    r"|\b(?:follow|execute|obey|comply\s+with|carry\s+out|do)\b.{0,30}?"
    r"\b(?:decoded|hidden|encoded|obfuscated)\b")
"""A carrier that asks for its encoded part to be decoded and acted on."""


_VERBS = (
    # English, German, French, Spanish, Italian, Portuguese, Dutch: imperatives of the
    # actions a hidden instruction asks an agent to take on someone's records.
    "set|change|update|mark|cancel|approve|apply|issue|grant|give|disable|deactivate|turn|make"
    "|enable|activate|delete|remove|wipe|erase|reset|transfer|wire|pay|send|forward|share"
    "|export|upload|add|promote|close|unlock|refund|raise|lower|waive|override|skip"
    "|setze|ändere|aktualisiere|markiere|storniere|genehmige|gewähre|gib|deaktiviere"
    "|aktiviere|lösche|entferne|überweise|zahle|sende|schicke|leite|exportiere|füge"
    "|schalte|erstatte|mets|modifie|change|marque|annule|approuve|applique|accorde"
    "|donne|désactive|active|supprime|efface|réinitialise|transfère|vire|paie|envoie"
    "|transmets|exporte|ajoute|rembourse|ferme|pon|cambia|actualiza|marca|cancela"
    "|aprueba|aplica|concede|da|desactiva|activa|elimina|borra|restablece|transfiere"
    "|paga|envía|envia|reenvía|exporta|añade|reembolsa|cierra|imposta|cambia|aggiorna"
    "|segna|annulla|approva|applica|concedi|dai|disattiva|attiva|cancella|rimuovi"
    "|trasferisci|paga|invia|inoltra|esporta|aggiungi|rimborsa|chiudi|defina|altere"
    "|atualize|marque|cancele|aprove|aplique|conceda|dê|desative|ative|exclua|apague"
    "|remova|transfira|pague|envie|encaminhe|exporte|adicione|reembolse|feche|zet"
    "|verander|wijzig|markeer|annuleer|keur|geef|schakel|verwijder|wis|maak|betaal"
    "|stuur|exporteer|voeg|sluit")
_OBJECTS = (
    r"accounts?|orders?|discount|prices?|payments?|refunds?|invoices?|users?|admins?"
    r"|administrator|passwords?|authentication|2fa|mfa|two-factor|security|firewall|logs?"
    r"|database|records?|files?|repo(?:sitory)?|branch|e-?mails?|contacts?|customers?"
    r"|cards?|bank|balance|permissions?|access|roles?|tokens?|keys?|credentials?|back-?ups?"
    r"|shipped|paid|verified|konto|konten|bestellung\w*|rabatt|preis\w*|zahlung\w*"
    r"|benutzer\w*|passwort|authentifizierung|sicherheit|datei\w*|kunden?|rechte"
    r"|zugriff|comptes?|commandes?|remise|prix|paiements?|remboursements?|utilisateurs?"
    r"|mot de passe|authentification|sécurité|fichiers?|clients?|droits|accès|cuentas?"
    r"|pedidos?|descuento|precios?|pagos?|reembolsos?|usuarios?|contraseñas?"
    r"|autenticaci[oó]n|seguridad|archivos?|clientes?|permisos|acceso|conti|ordini"
    r"|sconto|prezz[oi]|pagament[oi]|rimbors[oi]|utenti|autenticazione|sicurezza"
    r"|contas?|pedidos?|desconto|preços?|pagamentos?|usuários?|senhas?|autenticação"
    r"|segurança|arquivos?|rekening\w*|bestelling\w*|korting|prijs|betaling\w*"
    r"|gebruikers?|wachtwoord\w*|authenticatie|beveiliging|bestand\w*|klanten?")
HIDDEN_ACTION = re.compile(
    rf"(?i)(?:^|[.!?;:\n]\s*|,?\s(?:and|then|und|dann|et|puis|y|luego|e|poi|en|dan)\s+)"
    rf"(?:please\s+|bitte\s+|por\s+favor,?\s+)?(?:{_VERBS})\s"
    rf"[^.!?\n]{{0,60}}?\b(?:{_OBJECTS})\b")
"""An imperative that acts on someone's records ("Set the discount to 100% on order…",
"Desactiva la autenticación…"): a sentence or a clause after "and"/"then" that begins
with the verb, its object within the sentence. Hidden in an encoding, it is an
instruction meant for an agent; a note, a greeting or a shopping list is not."""


_CREDENTIAL_PAIR = re.compile(r"[\w.@+\-]{1,64}:\S{1,128}")
"""Decoded text that is one `user:password` pair (Basic authentication's, a proxy's):
credentials, which the secrets guard judges, not instructions to an agent."""


def risky(text: str) -> bool:
    """Whether decoded `text` carries instructions, commands or asks for secrets."""
    head = text[:8192]
    if _CREDENTIAL_PAIR.fullmatch(head.strip()):
        return False
    return RISKY.search(head) is not None or HIDDEN_ACTION.search(head) is not None
