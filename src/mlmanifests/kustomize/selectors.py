"""Kubernetes label-selector strings (`app=x,tier!=db,env in (a,b),!legacy`) matched against a map."""

from __future__ import annotations

import re

from .errors import KustomizeError

_SET_TERM = re.compile(r"^\s*([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)\s*$")
_EXISTS_TERM = re.compile(r"^\s*(!?)\s*([^\s!=]+)\s*$")
_EQUALITY_TERM = re.compile(r"^\s*([^\s!=]+)\s*(==|=|!=)\s*([^\s,]*)\s*$")


def _split_terms(selector: str) -> list[str]:
    terms, depth, current = [], 0, ""
    for char in selector:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            terms.append(current)
            current = ""
        else:
            current += char
    if current.strip():
        terms.append(current)
    return terms


def matches_selector(selector: str, values: dict) -> bool:
    """True when every term of `selector` holds for `values`."""
    for term in _split_terms(selector):
        if not _term_matches(term, values):
            return False
    return True


def _term_matches(term: str, values: dict) -> bool:
    match = _SET_TERM.match(term)
    if match:
        key, operator, options = match.groups()
        wanted = {o.strip() for o in options.split(",") if o.strip()}
        if operator == "in":
            return key in values and str(values[key]) in wanted
        return key not in values or str(values[key]) not in wanted
    match = _EQUALITY_TERM.match(term)
    if match:
        key, operator, value = match.groups()
        if operator == "!=":
            return key not in values or str(values[key]) != value
        return key in values and str(values[key]) == value
    match = _EXISTS_TERM.match(term)
    if match:
        negated, key = match.groups()
        return (key not in values) if negated else (key in values)
    raise KustomizeError(f"unable to parse requirement {term.strip()!r} in selector {term!r}")
