"""Hand-written corpus texts: injection payloads and hard negatives per language, encoding
evasions and toxicity, each a list of `(category, text)` pairs. The generator places them
in carriers (tool results, web pages, emails, code comments) and writes the JSONL.

Category names for injection payloads: `instruction_override`, `persona_jailbreak`,
`system_prompt_extraction`, `delimiter_termination`, `fake_turn`, `authority_claim`,
`exfiltration`, `tool_redirection`.
"""
