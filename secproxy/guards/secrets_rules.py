"""The provider formats the `secrets` family knows: one `SecretRule` per kind of
credential, with the shape it has, the context it needs when the shape alone is not
distinctive, and the validator its format allows.

Patterns are Python `re` syntax compiled with `re.ASCII` by `secproxy.guards.scanner`
(and, where Hyperscan is installed, into its prefilter): bounded quantifiers only, a
boundary on each side so a token is not found inside a longer word, and the secret in
group 1 when the match carries context (`aws_secret_access_key = …`). Formats are
written from the providers' published token formats; the tests generate a sample of
each from its own description.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from secproxy.guards import secrets_checks as chk
from secproxy.model import Severity

CRITICAL, HIGH, MEDIUM, LOW = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW


@dataclass(frozen=True, slots=True)
class SecretRule:
    """One credential format."""

    kind: str
    """The finding's kind and the mask's name (`github_pat`, `aws_access_key_id`…)."""
    pattern: str
    severity: Severity = HIGH
    group: int = 0
    """The group holding the secret itself (0: the whole match)."""
    check: Callable[[str], bool] | None = None
    """A validator of the secret (a checksum, a decodable structure)."""
    checksum: bool = False
    """The validator is a checksum: a token that fails it is dropped, or reported at
    MEDIUM when the guard does not `require_checksum`."""
    provider: str = ""
    anchor: str | None = None
    """Where matches start, as a pattern on the lower-cased text (see `ScanRule`)."""
    context: str | None = None
    """For a shape that is not distinctive alone: the keywords (a lower-case pattern) the
    name it is assigned to must contain or follow; `pattern` is then the value's shape,
    matched in full against values the assignment detector finds."""
    claims: bool = True
    """A match that fails the checksum is a fake of this format, not judged again as a
    generic secret (a `ghp_` token with a bad checksum). False for a format that is a bare
    run of a mixed-case alphabet: a WIF key's 52 characters of base58 are also a base32
    or lower-case token's (`token=` one), and such a match in one case only is judged
    again as a generic secret; one that mixes cases as base58 does stays a fake key."""


# Boundaries: a token starts and ends where no character of its alphabet touches it.
# The left one is checked after the token's fixed-width opening (`ghp_(?<![…]....)`), not
# before it: a pattern that opens with a literal lets `re` search for it at C speed, one
# that opens with a lookbehind is tried at every position (80x slower on 4 KB).
W = "[A-Za-z0-9_]"
W2 = "[A-Za-z0-9_\\-]"
R = r"(?![A-Za-z0-9_])"
R2 = r"(?![A-Za-z0-9_\-])"
RB = r"(?![A-Za-z0-9+/=])"
B58 = "[1-9A-HJ-NP-Za-km-z]"
UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def lead(opening: str, rest: str, *, left: str = W2, right: str = R2) -> str:
    """A token that opens with `opening` (a fixed-width pattern, e.g. a prefix) not
    preceded by a character of `left`, then `rest`."""
    if not opening:
        return f"(?<!{left}){rest}{right}"
    lo, hi = _sre_parse.parse(opening, re.ASCII).getwidth()
    if lo != hi:
        raise ValueError(f"the opening of a token must have a fixed width: {opening!r}")
    # an opening that is a class of word characters (`[5KL9c]`, `\d`) also gets `\b`:
    # Hyperscan then starts its automaton at word starts only (3-4x faster on text)
    word_start = r"\b" if re.fullmatch(r"\[[A-Za-z0-9\-]+\]|\\d", opening) else ""
    return f"{word_start}(?:{opening})(?<!{left}.{{{lo}}}){rest}{right}"


def tok(prefix: str, body: str, *, left: str = W2, right: str = R2) -> str:
    """A prefixed token: `prefix` then `body`, with boundaries."""
    lo, hi = _sre_parse.parse(prefix, re.ASCII).getwidth()
    if lo == hi:
        return lead(prefix, body, left=left, right=right)
    n = 0  # else the boundary goes after the prefix's literal opening
    while n < len(prefix) and (prefix[n].isalnum() or prefix[n] in "_-" or (
            prefix[n] == "\\" and n + 1 < len(prefix) and not prefix[n + 1].isalnum())):
        n += 2 if prefix[n] == "\\" else 1
    return lead(prefix[:n], prefix[n:] + body, left=left, right=right)


@dataclass(frozen=True, slots=True)
class Near:
    """A value shape that is a secret only when assigned to a name near a keyword."""

    keywords: str
    value: str


def near(keywords: str, value: str) -> Near:
    """`value` assigned to a name containing, or shortly after, one of `keywords` (a
    pattern in lower case, matched in any case): `DATADOG_API_KEY=v`, `"heroku_api_key":
    "v"`. Such rules are applied by the generic assignment detector, which finds the
    names and values; the multi-pattern scanner does not run them."""
    if keywords != keywords.lower():
        raise ValueError(f"near() keywords are written in lower case: {keywords!r}")
    return Near(keywords, value)


def _ck(prefix_len: int) -> Callable[[str], bool]:
    return partial(chk.crc32_base62_ok, prefix_len=prefix_len)


def _lower_key_id(token: str) -> bool:
    """A lower-cased AWS access key id, not a word that begins `akia`: two digits or more
    and four letters or more after the prefix (of 16 random upper-case letters and digits,
    fewer than 1 in 25 has fewer than two digits)."""
    body = token[-16:]
    digits = sum(c.isdigit() for c in body)
    return digits >= 2 and 16 - digits >= 4


def _mixed(token: str) -> bool:
    """Generated tokens mix cases and digits; identifiers of the same shape seldom do."""
    return (any(c.isdigit() for c in token) and any(c.isupper() for c in token)
            and any(c.islower() for c in token))


def _literal_password(value: str) -> bool:
    """A literal password (in SQL, a login call): not a stand-in, with a digit or symbol
    beside its letters, or letters whose case changes as a generated one's does
    (`wVUHOXqiVydZ`; one in eight random 12-character passwords has no digit) rather
    than a name's (`SecretPassword`)."""
    if chk.is_placeholder(value) or chk.char_classes(value) < 2:
        return False
    return not value.isalpha() or (len(value) >= 10 and not _CAMEL_WORDS.fullmatch(value)
                                   and len(_CASE_TURNS.findall(value)) >= 3)


_CASE_TURNS = re.compile(r"[a-z](?=[A-Z])|[A-Z](?=[a-z])")
_CAMEL_WORDS = re.compile(r"[a-z]{0,12}(?:[A-Z][a-z]{2,12})+")


def _rules() -> list[SecretRule]:  # noqa: PLR0915 - one table
    r: list[SecretRule] = []

    def add(kind: str, pattern: str | Near, severity: Severity = HIGH, provider: str = "", *,
            group: int = 0, check: Callable[[str], bool] | None = None,
            checksum: bool = False, anchor: str | None = None, claims: bool = True) -> None:
        provider = provider or kind.split("_", 1)[0]
        if isinstance(pattern, Near):
            r.append(SecretRule(kind, pattern.value, severity, 0, check, checksum, provider,
                                context=pattern.keywords))
        else:
            r.append(SecretRule(kind, pattern, severity, group, check, checksum, provider,
                                anchor, claims=claims))

    # --- cloud: AWS, Google, Azure, others ---------------------------------------
    add("aws_access_key_id",
        lead("AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9]|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA",
             "[A-Z0-9]{16}", left=W, right=R), CRITICAL)
    # The same key lower-cased: an HTTP/2 header name, or one an SDK wrote (`extra_headers`
    # names are lower-cased), keeps every bit of it (one case, letters and digits). Only
    # AKIA (no word starts so), with the digits a generated key has.
    add("aws_access_key_id", lead("akia", "[a-z0-9]{16}", left=W, right=R), CRITICAL,
        check=_lower_key_id)
    add("aws_secret_access_key",
        near(r"aws.{0,20}?secret|secret.?access.?key", r"[A-Za-z0-9/+]{40}"),
        CRITICAL)
    add("aws_session_token",
        near(r"aws.?session.?token|session.?token|security.?token",
             r"(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{100,2000}"),
        CRITICAL)
    add("aws_mws_auth_token", lead(r"amzn\.mws\.", UUID, left=W, right=R))
    add("amazon_bedrock_api_key", tok("ABSK", "[A-Za-z0-9+/]{100,200}={0,2}", right=RB))
    add("gcp_api_key", tok("AIza", "[0-9A-Za-z_\\-]{35}"), HIGH, "google")
    add("gcp_service_account_key",
        r"\"private_key_id\"\s{0,3}:\s{0,3}\"([0-9a-f]{40})\"", CRITICAL, "google", group=1)
    add("gcp_oauth_client_secret", tok("GOCSPX-", "[A-Za-z0-9_\\-]{28}"), HIGH, "google")
    add("google_oauth_access_token", tok("ya29\\.", "[0-9A-Za-z_\\-]{30,300}"), HIGH, "google")
    add("google_oauth_refresh_token", tok("1//0", "[0-9A-Za-z_\\-]{40,200}"), HIGH, "google")
    add("firebase_cloud_messaging_key",
        tok("AAAA", "[A-Za-z0-9_\\-]{7}:APA91b[A-Za-z0-9_\\-]{130,140}"), HIGH, "google")
    add("azure_storage_account_key",
        near(r"accountkey|sharedaccesskey|azure.?storage.?key|storage.?account.?key",
             r"[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}="), CRITICAL, "azure")
    add("azure_sas_token",
        r"(?i)sv=20\d\d-\d\d-\d\d&[\w=&%:.,\-]{0,300}?sig=([A-Za-z0-9%+/]{40,100})"
        r"(?![A-Za-z0-9%+/])", HIGH, "azure", group=1, anchor="sv=20")
    add("azure_ad_client_secret",
        lead("", r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}"), HIGH, "azure")
    add("azure_annotated_key",
        lead("", "[A-Za-z0-9]{52}JQQJ9[0-9A-Za-z]{27,31}(?:==)?", left=W, right=RB),
        HIGH, "azure")
    add("azure_devops_pat",
        near(r"azure.?devops|\bado.?pat|\bvsts|devops.?token|system.?accesstoken",
             r"[a-z2-7]{52}"), HIGH, "azure")
    add("azure_openai_key",
        near(r"azure.?openai|azure.?cognitive|ocp-apim-subscription-key|azure.?ai",
             r"[0-9a-fA-F]{32}|[A-Za-z0-9]{84}"), HIGH, "azure")
    add("digitalocean_pat", tok("dop_v1_", "[a-f0-9]{64}"))
    add("digitalocean_oauth_token", tok("doo_v1_", "[a-f0-9]{64}"), HIGH, "digitalocean")
    add("digitalocean_refresh_token", tok("dor_v1_", "[a-f0-9]{64}"), HIGH, "digitalocean")
    add("heroku_api_key", near(r"heroku", UUID))
    add("heroku_api_key", tok("HRKU-", "[A-Za-z0-9_\\-]{60}"))
    add("alibaba_access_key_id", tok("LTAI", "[A-Za-z0-9]{12,20}"))
    add("alibaba_secret_key", near(r"alibaba|aliyun|alicloud", r"[A-Za-z0-9]{30}"),
        )
    add("tencent_secret_id", tok("AKID", "[A-Za-z0-9]{32}"), HIGH, "tencent")
    add("ibm_cloud_api_key", near(r"ibm.?cloud|\bibm.?api|ibmcloud", r"[A-Za-z0-9_\-]{44}"),
        HIGH, "ibm")
    add("cloudflare_api_token", near(r"cloudflare|\bcf.?api", r"[A-Za-z0-9_\-]{40}"),
        )
    add("cloudflare_origin_ca_key", tok("v1\\.0-", "[a-f0-9]{24}-[a-f0-9]{146}"),
        HIGH, "cloudflare")
    add("fastly_api_token", near(r"fastly", r"[A-Za-z0-9_\-]{32}"))
    add("scaleway_secret_key", near(r"scaleway|\bscw.?secret", UUID))
    add("linode_token", near(r"linode", r"[a-f0-9]{64}"))
    add("vultr_api_key", near(r"vultr", r"[A-Z0-9]{36}"))
    add("hashicorp_vault_token", tok("hv[sbr]\\.", "[A-Za-z0-9_\\-]{80,400}"),
        CRITICAL, "hashicorp")
    add("hashicorp_vault_legacy_token", near(r"vault", r"s\.[A-Za-z0-9]{24}"),
        HIGH, "hashicorp")
    add("terraform_cloud_token",
        tok("", "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_\\-=]{60,70}"), HIGH, "hashicorp")
    add("pulumi_access_token", tok("pul-", "[a-f0-9]{40}"))
    add("doppler_token", tok("dp\\.(?:pt|st|sa|ct|scim|audit)\\.",
                             "(?:[a-z0-9_\\-]{2,24}\\.)?[A-Za-z0-9]{40,44}"))
    add("flyio_token", tok("(?:FlyV1 )?fm[12][ar]?_", "[A-Za-z0-9+/=_\\-]{100,800}",
                           right=RB), HIGH, "flyio")
    add("supabase_access_token", tok("sbp_", "[a-f0-9]{40}"))
    add("supabase_secret_key", tok("sb_secret_", "[A-Za-z0-9_\\-]{31,64}"), HIGH, "supabase")
    add("planetscale_token", tok("pscale_(?:tkn|pw|oauth)_", "[A-Za-z0-9_\\-.=]{32,64}"))
    add("render_api_key", tok("rnd_", "[A-Za-z0-9]{32}"))
    add("databricks_token", tok("dapi", "[a-f0-9]{32}(?:-\\d)?"))
    add("netlify_token", near(r"netlify", r"[A-Za-z0-9_\-]{40,46}"))
    add("vercel_token", near(r"vercel", r"[A-Za-z0-9]{24}"))
    add("railway_token", near(r"railway", UUID))
    add("tailscale_key",
        tok("tskey-(?:api|auth|client|webhook|scim)-", "[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,50}"))
    add("ngrok_authtoken", near(r"ngrok", r"[0-9A-Za-z]{26,27}_[0-9A-Za-z]{20,22}"),
        )
    add("openstack_password", near(r"os_password|openstack.{0,10}password",
                                   r"[^\s\"'`]{8,64}"), MEDIUM)
    add("kubernetes_secret_data",
        r"(?i:kind:\s{0,3}Secret)[\s\S]{0,400}?\n\s{0,8}data:\s{0,3}\n\s{2,12}[\w.\-]{1,64}:"
        r"\s{0,3}([A-Za-z0-9+/]{16,2000}={0,2})" + RB, HIGH, "kubernetes", group=1,
        anchor="kind:")

    # --- source control and CI ----------------------------------------------------
    for prefix, kind in (("ghp_", "github_pat"), ("gho_", "github_oauth_token"),
                         ("ghu_", "github_user_to_server_token"),
                         ("ghs_", "github_server_to_server_token")):
        add(kind, tok(prefix, "[A-Za-z0-9]{36}"), CRITICAL, "github",
            check=_ck(4), checksum=True)
    add("github_refresh_token", tok("ghr_", "[A-Za-z0-9]{36,76}"), CRITICAL, "github",
        check=lambda s: len(s) != 40 or chk.crc32_base62_ok(s), checksum=True)
    add("github_fine_grained_pat", tok("github_pat_", "[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
        CRITICAL, "github")
    add("gitlab_pat", tok("glpat-", "[A-Za-z0-9_\\-]{20,50}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?"),
        CRITICAL)
    for prefix, kind in (("glptt-", "gitlab_pipeline_trigger_token"),
                         ("glrt-", "gitlab_runner_token"), ("gldt-", "gitlab_deploy_token"),
                         ("glft-", "gitlab_feed_token"), ("glsoat-", "gitlab_scim_token"),
                         ("glcbt-", "gitlab_ci_build_token"),
                         ("glimt-", "gitlab_incoming_mail_token"),
                         ("glffct-", "gitlab_feature_flag_token"),
                         ("glagent-", "gitlab_agent_token"), ("gloas-", "gitlab_oauth_secret")):
        add(kind, tok(prefix, "[A-Za-z0-9_\\-]{20,80}"), HIGH, "gitlab")
    add("gitlab_runner_registration_token", tok("GR1348941", "[A-Za-z0-9_\\-]{20}"),
        HIGH, "gitlab")
    add("bitbucket_app_password", tok("ATBB", "[A-Za-z0-9_=.\\-]{32}"), HIGH, "atlassian")
    add("atlassian_api_token", tok("AT(?:ATT|CTT)3", "[A-Za-z0-9_\\-=]{150,220}"),
        HIGH, "atlassian")
    add("atlassian_legacy_token", near(r"jira|confluence|atlassian", r"[A-Za-z0-9]{24}"),
        MEDIUM, "atlassian")
    add("circleci_token", tok("CCIPAT_", "[A-Za-z0-9]{22}_[a-f0-9]{40}"), HIGH, "circleci")
    add("circleci_legacy_token", near(r"circle.?ci|circle.?token", r"[a-f0-9]{40}"),
        HIGH, "circleci")
    add("travis_ci_token", near(r"travis", r"[A-Za-z0-9_\-]{22}"))
    add("buildkite_token", tok("bkua_", "[a-f0-9]{40}"))
    add("jfrog_api_key", tok("AKCp", "[A-Za-z0-9]{69}"), HIGH, "jfrog")
    add("jfrog_reference_token", tok("cmVmdGtu", "[A-Za-z0-9]{56}"), HIGH, "jfrog")
    add("sonarqube_token", tok("sq[upa]_", "[a-f0-9]{40}"))
    add("docker_hub_token", tok("dckr_(?:pat|oat)_", "[A-Za-z0-9_\\-]{27,32}"), HIGH, "docker")
    add("octopus_deploy_api_key", tok("API-", "[A-Z0-9]{26}"), HIGH, "octopus")
    add("harness_pat", tok("pat\\.", "[A-Za-z0-9_\\-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}"))
    add("jenkins_api_token", near(r"jenkins", r"1[a-f0-9]{33}|[a-f0-9]{32}"))
    add("snyk_token", near(r"snyk", UUID))
    add("codecov_token", near(r"codecov", UUID))
    add("sourcegraph_token", tok("sgp_", "(?:[a-f0-9]{16}_)?[a-f0-9]{40}"))
    add("gitea_token", near(r"gitea|forgejo", r"[a-f0-9]{40}"))
    add("infracost_api_key", tok("ico-", "[A-Za-z0-9]{32}"))
    add("prefect_api_key", tok("pnu_", "[A-Za-z0-9]{36}"))
    add("readme_api_key", tok("rdme_", "[a-z0-9]{70}"))

    # --- observability ------------------------------------------------------------
    add("grafana_cloud_token", tok("glc_", "[A-Za-z0-9+/]{32,400}={0,2}", right=RB),
        HIGH, "grafana")
    add("grafana_service_account_token", tok("glsa_", "[A-Za-z0-9]{32}_[a-f0-9]{8}"),
        HIGH, "grafana")
    add("grafana_api_key", tok("eyJrIjoi", "[A-Za-z0-9]{40,400}={0,2}", right=RB),
        HIGH, "grafana")
    add("newrelic_user_api_key", tok("NRAK-", "[A-Z0-9]{27}"), HIGH, "newrelic")
    add("newrelic_insert_key", tok("NRI[IQ]-", "[A-Za-z0-9_\\-]{32}"), HIGH, "newrelic")
    add("newrelic_browser_key", tok("NRJS-", "[a-f0-9]{19}"), MEDIUM, "newrelic")
    add("datadog_api_key", near(r"datadog|\bdd.?api.?key|dd_api", r"[a-f0-9]{32}"))
    add("datadog_app_key", near(r"dd.?app(?:lication)?.?key|datadog.?app", r"[a-f0-9]{40}"),
        HIGH, "datadog")
    add("sentry_org_token", tok("sntrys_", "eyJ[A-Za-z0-9+/=_\\-]{60,400}", right=RB),
        HIGH, "sentry")
    add("sentry_user_token", tok("sntryu_", "[a-f0-9]{64}"), HIGH, "sentry")
    add("sentry_dsn",
        r"https://([a-f0-9]{32})(?::[a-f0-9]{32})?@[a-z0-9.\-]{1,100}/\d{1,20}",
        LOW, group=1)
    add("dynatrace_token", tok("dt0[a-z]\\d{2}\\.", "[A-Z0-9]{24}\\.[A-Z0-9]{64}"))
    add("honeycomb_api_key", near(r"honeycomb", r"[A-Za-z0-9]{22}|[a-f0-9]{32}"))
    add("splunk_hec_token", near(r"splunk", UUID))
    add("launchdarkly_key", tok("(?:sdk|mob)-", UUID), MEDIUM, "launchdarkly")
    add("pagerduty_token", near(r"pagerduty|pager.?duty", r"[A-Za-z0-9_+\-]{20}"))
    add("opsgenie_api_key", near(r"opsgenie", UUID))
    add("sumologic_access_key", near(r"sumo", r"[A-Za-z0-9]{64}"))
    add("logdna_ingestion_key", near(r"logdna|mezmo", r"[a-f0-9]{32}"))
    add("rollbar_access_token", near(r"rollbar", r"[a-f0-9]{32}"))
    add("bugsnag_api_key", near(r"bugsnag", r"[a-f0-9]{32}"))
    add("posthog_personal_key", tok("phx_", "[A-Za-z0-9]{43}"))

    # --- chat, mail, messaging ----------------------------------------------------
    add("slack_bot_token", tok("xoxb-", "[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}"),
        CRITICAL, "slack")
    add("slack_user_token",
        tok("xoxp-", "[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}"), CRITICAL, "slack")
    add("slack_app_token", tok("xapp-", "\\d-[A-Z0-9]{9,12}-\\d{10,16}-[a-f0-9]{64}"),
        CRITICAL, "slack")
    add("slack_config_token", tok("xoxe\\.xox[bp]-", "\\d-[A-Za-z0-9]{160,180}"),
        HIGH, "slack")
    add("slack_refresh_token", tok("xoxe-", "\\d-[A-Za-z0-9]{140,160}"), HIGH, "slack")
    add("slack_legacy_token", tok("xox[aors]-", "(?:\\d{1,13}-){1,3}[A-Za-z0-9]{24,64}"),
        HIGH, "slack")
    add("slack_webhook_url",
        r"https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/"
        r"[A-Z0-9]{8,12}/[A-Za-z0-9]{20,40}" + R2, HIGH, "slack")
    add("discord_bot_token",
        lead("[MNO]", r"[A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}"),
        HIGH, check=chk.discord_ok)
    add("discord_webhook_url",
        r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/"
        r"[A-Za-z0-9_\-]{60,70}" + R2, HIGH, "discord")
    add("telegram_bot_token", lead(r"\d", r"\d{7,9}:AA[A-Za-z0-9_\-]{33}", left=W))
    # In the Bot API's URLs the token follows `/bot` (`api.telegram.org/bot<token>/…`).
    add("telegram_bot_token", r"/bot(\d{8,10}:AA[A-Za-z0-9_\-]{33})" + R2, group=1,
        anchor="/bot")
    add("teams_webhook_url",
        rf"https://[a-z0-9\-]{{1,60}}\.webhook\.office\.com/webhookb2/{UUID}@{UUID}"
        rf"/IncomingWebhook/[a-f0-9]{{32}}/{UUID}", HIGH, "microsoft")
    add("twilio_api_key", tok("SK", "[0-9a-fA-F]{32}"), HIGH, "twilio")
    add("twilio_auth_token", near(r"twilio", r"[a-f0-9]{32}"), HIGH)
    add("sendgrid_api_key", tok("SG\\.", "[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}"))
    add("mailgun_api_key", tok("key-", "[0-9a-f]{32}") + "|"
        + tok("", "[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"))
    add("mailchimp_api_key", tok("", "[0-9a-f]{32}-us\\d{1,2}"))
    add("postmark_server_token", near(r"postmark|x-postmark-server-token", UUID))
    add("mailjet_api_key", near(r"mailjet|\bmj.?apikey", r"[a-f0-9]{32}"))
    add("sendinblue_api_key", tok("xkeysib-", "[a-f0-9]{64}-[A-Za-z0-9]{16}"), HIGH, "brevo")
    add("mattermost_token", near(r"mattermost", r"[a-z0-9]{26}"))
    add("zendesk_api_token", near(r"zendesk", r"[A-Za-z0-9]{40}"))
    add("intercom_access_token", near(r"intercom", r"dG9rO[A-Za-z0-9+/=_\-]{40,70}"),
        )
    add("twitter_bearer_token", tok("AAAAAAAAAAAAAAAAAAAAA", "[A-Za-z0-9%]{40,120}"),
        HIGH, "twitter")
    add("twitter_api_secret",
        near(r"twitter|consumer.?secret|access.?token.?secret", r"[A-Za-z0-9]{45,50}"),
        HIGH, "twitter")
    add("facebook_access_token", tok("EAA", "[A-Za-z0-9]{80,254}", right=RB),
        HIGH, "facebook")
    add("facebook_app_secret", near(r"facebook|\bfb.?app.?secret", r"[a-f0-9]{32}"),
        )
    add("linkedin_client_secret", near(r"linkedin", r"[A-Za-z0-9]{16}"), MEDIUM)
    add("twitch_api_token", near(r"twitch", r"[a-z0-9]{30}"))
    add("line_channel_token", near(r"line.?channel", r"[A-Za-z0-9+/=]{140,180}"),
        provider="line")
    add("zapier_webhook_url",
        r"https://hooks\.zapier\.com/hooks/catch/\d{3,12}/[a-z0-9]{5,12}", MEDIUM)

    # --- productivity and SaaS ------------------------------------------------------
    add("shopify_token", tok("shp(?:at|ca|pa|ss)_", "[a-fA-F0-9]{32}"))
    add("linear_api_key", tok("lin_(?:api|oauth)_", "[A-Za-z0-9]{40}"))
    add("notion_token", tok("secret_", "[A-Za-z0-9]{43}") + "|"
        + tok("ntn_", "[0-9]{11}[A-Za-z0-9]{35}"))
    add("airtable_pat", tok("pat", "[A-Za-z0-9]{14}\\.[a-f0-9]{64}"))
    add("airtable_api_key", near(r"airtable", r"key[A-Za-z0-9]{14}"))
    add("figma_pat", tok("fig[dhu]_", "[A-Za-z0-9_\\-]{38,44}"))
    add("typeform_token", tok("tfp_", "[A-Za-z0-9_\\-.]{44,64}"))
    add("dropbox_token", tok("sl\\.", "[A-Za-z0-9_\\-=]{130,1400}"))
    add("asana_pat", lead("[0-9]/", "[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32}",
                          left=W, right=R))
    add("hubspot_private_app_token", tok("pat-(?:na|eu|ap)\\d-", UUID))
    add("hubspot_api_key", near(r"hubspot|hapikey", UUID))
    add("salesforce_access_token", tok("00D", "[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,120}"))
    add("okta_api_token", near(r"okta", r"00[A-Za-z0-9_\-]{40}"))
    # Okta's own authorization scheme names it where no variable does (a header, curl -H)
    add("okta_api_token", lead("SSWS ", r"(00[A-Za-z0-9_\-]{40})", left=W, right=R2),
        group=1)
    add("auth0_client_secret", near(r"auth0", r"[A-Za-z0-9_\-]{64}"))
    add("onepassword_service_token", tok("ops_", "eyJ[A-Za-z0-9+/=_\\-]{200,1200}", right=RB),
        CRITICAL, "1password")
    add("onepassword_secret_key",
        tok("A3-", "[A-Z0-9]{6}-(?:[A-Z0-9]{6}|[A-Z0-9]{5}-[A-Z0-9]{6})(?:-[A-Z0-9]{5}){3,4}"),
        CRITICAL, "1password")
    add("contentful_token", tok("CFPAT-", "[A-Za-z0-9_\\-]{43}"))
    add("mapbox_secret_token", tok("sk\\.eyJ", "[A-Za-z0-9_\\-]{30,300}\\.[A-Za-z0-9_\\-]{20,30}"))
    add("algolia_admin_key", near(r"algolia", r"[a-f0-9]{32}"))
    add("adafruit_io_key", tok("aio_", "[A-Za-z0-9]{28}"))
    add("frameio_token", tok("fio-u-", "[A-Za-z0-9_\\-=]{64}"))
    add("duffel_token", tok("duffel_(?:test|live)_", "[A-Za-z0-9_\\-=]{43}"))
    add("easypost_api_key", tok("EZ[AT]K", "[A-Za-z0-9]{54}"))
    add("shippo_token", tok("shippo_(?:live|test)_", "[a-f0-9]{40}"))
    add("postman_api_key", tok("PMAK-", "[a-f0-9]{24}-[a-f0-9]{34}"))
    add("yandex_api_key", tok("AQVN", "[A-Za-z0-9_\\-]{35,38}"))
    add("trello_token", near(r"trello", r"[a-f0-9]{64}|ATTA[A-Za-z0-9]{60,70}"))
    add("box_token", near(r"\bbox.?(?:api|token|client.?secret|developer)", r"[A-Za-z0-9]{32}"))
    add("segment_write_key", near(r"segment", r"[A-Za-z0-9]{32}"), MEDIUM)
    add("clickup_token", tok("pk_", "\\d{6,10}_[A-Z0-9]{32}"))

    # --- payments -------------------------------------------------------------------
    add("stripe_secret_key", tok("[sr]k_live_", "[A-Za-z0-9]{24,247}"), CRITICAL, "stripe")
    add("stripe_test_key", tok("[sr]k_test_", "[A-Za-z0-9]{24,247}"), LOW, "stripe")
    add("stripe_webhook_secret", tok("whsec_", "[A-Za-z0-9+/=]{32,88}"), HIGH, "stripe")
    add("square_access_token", tok("sq0atp-", "[A-Za-z0-9_\\-]{22}") + "|"
        + tok("EAAA", "[A-Za-z0-9_\\-+=]{60}"), HIGH, "square")
    add("square_oauth_secret", tok("sq0csp-", "[A-Za-z0-9_\\-]{43}"), HIGH, "square")
    add("braintree_access_token",
        tok("access_token\\$(?:production|sandbox)\\$", "[0-9a-z]{16}\\$[0-9a-f]{32}"),
        CRITICAL, "paypal")
    add("paypal_client_secret", near(r"paypal", r"E[A-Za-z0-9_\-]{79}"), HIGH)
    add("plaid_access_token", tok("access-(?:sandbox|development|production)-", UUID),
        HIGH, "plaid")
    add("flutterwave_secret_key", tok("FLWSECK(?:_TEST)?-", "[a-h0-9]{32}-X"))
    add("razorpay_key_secret", near(r"razorpay", r"[A-Za-z0-9]{24}"))
    add("adyen_api_key", tok("AQE", "[A-Za-z0-9+/=_\\-]{100,200}", right=RB), MEDIUM)
    add("coinbase_api_secret", near(r"coinbase", r"[A-Za-z0-9+/]{64,88}={0,2}"))
    add("binance_api_secret", near(r"binance", r"[A-Za-z0-9]{64}"))
    add("kraken_api_secret", near(r"kraken", r"[A-Za-z0-9+/]{86,88}={0,2}"))
    add("mollie_api_key", tok("(?:live|test)_", "[A-Za-z0-9]{30}"), MEDIUM, check=_mixed)
    add("gocardless_token", tok("(?:live|sandbox)_", "[A-Za-z0-9_\\-=]{40}"), MEDIUM,
        check=_mixed)
    add("wise_api_token", near(r"transferwise|\bwise.?(?:api|token)", UUID))

    # --- AI providers ---------------------------------------------------------------
    add("openai_api_key",
        tok("sk-", "(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_\\-]{40,200}"
                   "|[A-Za-z0-9_\\-]{0,40}T3BlbkFJ[A-Za-z0-9_\\-]{16,80})"), CRITICAL)
    add("anthropic_api_key",
        tok("sk-ant-(?:api|admin|oat|ort|sid)\\d{2}-", "[A-Za-z0-9_\\-]{60,140}"), CRITICAL)
    add("openrouter_api_key", tok("sk-or-v1-", "[a-f0-9]{64}"))
    add("langfuse_secret_key", tok("sk-lf-", UUID))
    add("sk_api_key", tok("sk-", "[A-Za-z0-9]{32,64}"), HIGH, "openai-compatible")
    add("groq_api_key", tok("gsk_", "[A-Za-z0-9]{52}"))
    add("xai_api_key", tok("xai-", "[A-Za-z0-9]{70,90}"))
    add("replicate_api_token", tok("r8_", "[A-Za-z0-9]{37}"))
    add("huggingface_token", tok("hf_", "[A-Za-z]{34}") + "|" + tok("api_org_", "[A-Za-z]{34}"))
    add("perplexity_api_key", tok("pplx-", "[A-Za-z0-9]{48}"))
    add("langsmith_api_key", tok("lsv2_(?:pt|sk)_", "[a-f0-9]{32}_[a-f0-9]{10}"))
    add("pinecone_api_key", tok("pcsk_", "[A-Za-z0-9_\\-]{60,100}"))
    add("nvidia_api_key", tok("nvapi-", "[A-Za-z0-9_\\-]{64}"))
    add("cerebras_api_key", tok("csk-", "[a-z0-9]{48}"))
    add("elevenlabs_api_key", tok("sk_", "[a-f0-9]{48}"))
    add("tavily_api_key", tok("tvly-", "(?:dev-|prod-)?[A-Za-z0-9]{32}"))
    add("firecrawl_api_key", tok("fc-", "[a-f0-9]{32}"))
    add("anyscale_api_key", tok("esecret_", "[A-Za-z0-9]{26}"))
    add("cohere_api_key", near(r"cohere|co_api_key", r"[A-Za-z0-9]{40}"))
    add("mistral_api_key", near(r"mistral", r"[A-Za-z0-9]{32}"))
    add("together_api_key", near(r"together", r"[a-f0-9]{64}|tgp_v1_[A-Za-z0-9_\-]{40,50}"),
        )
    add("wandb_api_key", near(r"wandb|weights.?and.?biases", r"[a-f0-9]{40}|[a-z0-9_\-]{80,90}"),
        )
    add("assemblyai_api_key", near(r"assembly.?ai", r"[a-f0-9]{32}"))
    add("deepgram_api_key", near(r"deepgram", r"[a-f0-9]{40}"))

    # --- package registries ----------------------------------------------------------
    add("npm_token", tok("npm_", "[A-Za-z0-9]{36}"), CRITICAL, check=_ck(4), checksum=True)
    add("npm_legacy_token", near(r"_authtoken|npm.?token", UUID), HIGH, "npm")
    add("pypi_token",
        tok("pypi-AgE", "(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\\-]{50,300}"), CRITICAL)
    add("rubygems_api_key", tok("rubygems_", "[a-f0-9]{48}"))
    add("nuget_api_key", tok("oy2", "[a-z0-9]{43}"))
    add("crates_io_token", tok("cio", "[a-zA-Z0-9]{32}"), HIGH, "crates", check=_mixed)
    add("clojars_token", tok("CLOJARS_", "[a-z0-9]{60}"))
    add("hex_pm_api_key", near(r"hex.?api|hexpm", r"[a-f0-9]{32}"), provider="hex")
    add("packagist_token", tok("pack[ut]_", "[A-Za-z0-9]{20,40}"))
    add("pub_dev_token", near(r"pub.?token", r"[A-Za-z0-9_\-]{40,80}"),
        provider="pub")
    add("artifactory_password", near(r"artifactory", r"AP[A-Za-z0-9]{30,72}"))

    # --- keys, tokens, credentials in URLs ---------------------------------------------
    add("private_key_pem",
        r"-----BEGIN (?:[A-Z0-9]{2,10} ){0,2}PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[A-Za-z0-9+/=\s:,\-.()]|\\{1,2}[nr/]){40,20000}?"
        r"(?:-----END (?:[A-Z0-9]{2,10} ){0,2}PRIVATE KEY(?: BLOCK)?-----"
        r"|(?![A-Za-z0-9+/=\s:,\-.()]|\\{1,2}[nr/]))",
        CRITICAL, "pem", check=chk.pem_ok)
    add("private_key_base64", tok("LS0tLS1CRUdJTi", "[A-Za-z0-9+/]{20}[A-Za-z0-9+/=]{60,20000}",
                                  left="[A-Za-z0-9+/]", right=RB),
        CRITICAL, "pem", check=lambda s: b"PRIVATE KEY" in (chk.b64decode_loose(s) or b"")[:80])
    add("private_key_der",  # a key's base64 body without its BEGIN/END lines
        r"(?<![A-Za-z0-9+/])(?:MI[GHI]|MHc|MC4|b3B)[A-Za-z0-9+/]{40,8000}"
        r"(?:(?:\r?\n|\\{1,2}(?:r\\{1,2})?n)[A-Za-z0-9+/]{2,76}){0,160}={0,2}(?![A-Za-z0-9+/])",
        CRITICAL, "pem", check=chk.der_private_key)
    add("putty_private_key",
        r"PuTTY-User-Key-File-\d: [\w\-]{3,30}\r?\n[\s\S]{0,800}?Private-Lines: \d{1,3}"
        r"\r?\n(?:(?:[A-Za-z0-9+/=]{64}\r?\n){1,120}[A-Za-z0-9+/=]{1,64}"
        r"|[A-Za-z0-9+/=]{40,64})", CRITICAL, "putty")
    add("age_secret_key", tok("AGE-SECRET-KEY-1", "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
        CRITICAL, check=chk.bech32_ok, checksum=True)
    add("jwt",
        lead("eyJ", r"[A-Za-z0-9_\-]{8,2000}\.eyJ[A-Za-z0-9_\-]{8,8000}\.[A-Za-z0-9_\-]{0,2000}"),
        HIGH, check=chk.jwt_ok)
    add("sql_password",  # CREATE USER … IDENTIFIED BY '…', CREATE ROLE … PASSWORD '…'
        r"(?i:identified by|password)\s{1,3}'([^'\s]{6,128})'", HIGH, "sql", group=1,
        check=_literal_password, anchor="identified by|password")
    add("code_login_password",  # auth=("user", "…"), .login("user", "…"), BasicAuth(…)
        r"(?:\bauth\s{0,3}=\s{0,3}\(|\.login\(|BasicAuth\(|Credentials?\(|\.authenticate\()"
        r"\s{0,3}[\"'][^\"'\n]{1,80}[\"']\s{0,3},\s{0,3}[\"']([^\"'\s]{8,128})[\"']", HIGH,
        "code", group=1, check=_literal_password,
        anchor=r"auth|\.login|basicauth|credential|\.authenticate")
    add("docker_registry_auth",  # ~/.docker/config.json: base64 of `user:password`
        r"\"auth\"\s{0,3}:\s{0,3}\"([A-Za-z0-9+/]{8,400}={0,2})\"", HIGH, "docker", group=1,
        check=chk.basic_auth_ok, anchor="\"auth\"")
    add("http_basic_auth",
        r"(?i:authorization|proxy-authorization)[\"'`]?\s{0,3}[:=]\s{0,3}[\"'`\[]?[Bb]asic\s{1,3}"
        r"([A-Za-z0-9+/]{6,400}={0,2})" + RB, HIGH, "http", group=1, check=chk.basic_auth_ok,
        anchor="authorization|proxy-authorization")
    add("bitcoin_wif_private_key", lead("[5KL9c]", f"{B58}{{50,51}}", left=W, right=R),
        CRITICAL, "crypto", check=chk.wif_ok, checksum=True, claims=False)
    add("bip32_extended_private_key", lead("[xtyzuvYZ]prv", f"{B58}{{100,112}}", left=W,
                                           right=R), CRITICAL,
        "crypto", check=chk.xprv_ok, checksum=True)
    add("ethereum_private_key",
        near(r"private.?key|priv.?key|eth.{0,12}key|wallet.?key|signer.?key|mnemonic.?key",
             r"(?:0x)?[0-9a-fA-F]{64}"), CRITICAL, "crypto")
    add("solana_private_key",
        near(r"solana|phantom|keypair|private.?key|secret.?key", rf"{B58}{{86,88}}"),
        CRITICAL, "crypto", check=lambda s: len(chk.base58_decode(s) or b"") == 64)
    add("solana_keypair",  # solana-keygen's id.json: the seed and public key as 64 bytes
        r"\[(?:\s{0,4}\d{1,3}\s{0,4},){63}\s{0,4}\d{1,3}\s{0,4}\]", CRITICAL, "crypto",
        check=chk.byte_array_keypair_ok)
    return r


RULES: tuple[SecretRule, ...] = tuple(_rules())
"""Every provider format, in table order."""
