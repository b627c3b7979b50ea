"""The CEL that kro and the API server compile: Google's CEL (cel-expr-python, with its type checker), the
extension libraries both enable, and the Kubernetes libraries (regex, url, quantity, lists, ip, cidr, semver).

kro's environment is `pkg/cel/environment.go` (v0.9.3, `BaseDeclarations`): cel-go's strings, lists, bindings,
optional types and encoders, then k8s.io/apiserver's Lists, URLs, Regex, Quantity, IP, CIDR, Semver, then kro's
own random, maps, json, hash, lists, omit and runtime. The API server's CRD-rule environment
(k8s.io/apiserver/pkg/cel/environment/base.go) has the same Kubernetes libraries and the strings extension.

`declarations(for_evaluation=False)` declares the Kubernetes libraries with their opaque types (`kubernetes.URL`,
`kubernetes.Quantity`, ...), which is what a type checker needs. cel-expr-python cannot hand an opaque value from
Python back to CEL, so `declarations(for_evaluation=True)` declares the functions the API server's rules call with
implementations, URL and Quantity values being maps that carry what their methods read.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any
from urllib.parse import urlsplit

try:  # a compiled wheel: not every platform has one
    from cel_expr_python import cel
    from cel_expr_python.ext import ext_bindings, ext_encoders, ext_math, ext_optional, ext_strings
except ImportError:  # pragma: no cover - exercised where the wheel is missing
    cel = None

MISSING_CHECKER = ("cel-expr-python is not installed on this platform, so CEL expressions were only parsed: their "
                   "types, function names and field paths inside comprehensions, and the CRDs' x-kubernetes-validations "
                   "rules, were not checked")


def available() -> bool:
    return cel is not None


def extensions() -> list:
    return [ext_strings.ExtStrings(), ext_optional.ExtOptional(), ext_bindings.ExtBindings(),
            ext_encoders.ExtEncoders(), ext_math.ExtMath()]


def _function(name: str, *overloads) -> Any:
    return cel.FunctionDecl(name, [cel.Overload(f"{name}_{index}", ret, params, is_member=member, **({"impl": impl} if impl else {}))
                                   for index, (ret, params, member, impl) in enumerate(overloads)])


def _overload(ret, params, member=False, impl=None):
    return ret, params, member, impl


@cache
def declarations(for_evaluation: bool = False) -> tuple:
    """Function declarations of the Kubernetes CEL libraries (and kro's, when not for evaluation)."""
    T = cel.Type
    string, integer, boolean, double, dyn = T.STRING, T.INT, T.BOOL, T.DOUBLE, T.DYN
    strings, dyns = T.List(string), T.List(dyn)
    if for_evaluation:
        url = quantity = T.Map(string, dyn)
    else:
        url, quantity = T.AbstractType("kubernetes.URL"), T.AbstractType("kubernetes.Quantity")
    ip, cidr, semver = (T.AbstractType(name) for name in ("net.IP", "net.CIDR", "kubernetes.Semver"))
    impl = (lambda f: f) if for_evaluation else (lambda f: None)
    found = [
        # k8s.io/apiserver/pkg/cel/library/regex.go
        _function("find", _overload(string, [string, string], True, impl(_find))),
        _function("findAll", _overload(strings, [string, string], True, impl(_find_all)),
                  _overload(strings, [string, string, integer], True, impl(_find_all))),
        # library/urls.go
        _function("url", _overload(url, [string], False, impl(_url))),
        _function("isURL", _overload(boolean, [string], False, impl(_is_url))),
        *[_function(method, _overload(string, [url], True, impl(lambda value, key=key: value[key])))
          for method, key in (("getScheme", "scheme"), ("getHost", "host"), ("getHostname", "hostname"),
                              ("getPort", "port"), ("getEscapedPath", "path"))],
        _function("getQuery", _overload(T.Map(string, strings), [url], True, impl(lambda value: value["query"]))),
        # library/quantity.go
        _function("quantity", _overload(quantity, [string], False, impl(_quantity))),
        _function("isQuantity", _overload(boolean, [string], False, impl(_is_quantity))),
        _function("asInteger", _overload(integer, [quantity], True, impl(lambda q: int(_amount(q))))),
        _function("asApproximateFloat", _overload(double, [quantity], True, impl(lambda q: float(_amount(q))))),
        _function("isInteger", _overload(boolean, [quantity], True, impl(lambda q: _amount(q) == _amount(q).to_integral_value()))),
        _function("sign", _overload(integer, [quantity], True, impl(lambda q: (_amount(q) > 0) - (_amount(q) < 0)))),
        _function("compareTo", _overload(integer, [quantity, quantity], True, impl(lambda a, b: (_amount(a) > _amount(b)) - (_amount(a) < _amount(b))))),
        _function("isGreaterThan", _overload(boolean, [quantity, quantity], True, impl(lambda a, b: _amount(a) > _amount(b)))),
        _function("isLessThan", _overload(boolean, [quantity, quantity], True, impl(lambda a, b: _amount(a) < _amount(b)))),
        _function("add", _overload(quantity, [quantity, quantity], True, impl(lambda a, b: _number(_amount(a) + _amount(b)))),
                  _overload(quantity, [quantity, integer], True, impl(lambda a, b: _number(_amount(a) + b)))),
        _function("sub", _overload(quantity, [quantity, quantity], True, impl(lambda a, b: _number(_amount(a) - _amount(b)))),
                  _overload(quantity, [quantity, integer], True, impl(lambda a, b: _number(_amount(a) - b)))),
        # library/lists.go
        _function("isSorted", _overload(boolean, [dyns], True, impl(lambda items: list(items) == sorted(items)))),
        _function("sum", _overload(dyn, [dyns], True, impl(lambda items: sum(items)))),
        _function("min", _overload(dyn, [dyns], True, impl(lambda items: min(items)))),
        _function("max", _overload(dyn, [dyns], True, impl(lambda items: max(items)))),
        # indexOf/lastIndexOf on lists: the strings extension already declares those names (strings only)
    ]
    if not for_evaluation:  # library/ip.go, cidr.go, semver.go: declared for the checker only
        found += [
            _function("ip", _overload(ip, [string])), _function("isIP", _overload(boolean, [string])),
            _function("cidr", _overload(cidr, [string])), _function("isCIDR", _overload(boolean, [string])),
            _function("semver", _overload(semver, [string])), _function("isSemver", _overload(boolean, [string])),
            _function("family", _overload(integer, [ip], True)), _function("containsIP", _overload(boolean, [cidr, ip], True),
                                                                          _overload(boolean, [cidr, string], True)),
            _function("major", _overload(integer, [semver], True)), _function("minor", _overload(integer, [semver], True)),
        ]
    return tuple(found)


@cache
def kro_declarations(omit: bool = True) -> tuple:
    """kro's own libraries (pkg/cel/library/*.go at v0.9.3); `runtime` is a variable, see `RUNTIME_TYPE`."""
    T = cel.Type
    string, integer, dyn = T.STRING, T.INT, T.DYN
    any_map, dyns = T.Map(dyn, dyn), T.List(dyn)
    condition = T.AbstractType(CONDITION_TYPE)
    runtime = T.AbstractType(RUNTIME_TYPE)
    found = [
        _function("random.seededString", _overload(string, [integer, string])),
        _function("random.seededInt", _overload(integer, [integer, integer, string])),
        _function("hash.fnv64a", _overload(T.BYTES, [string])), _function("hash.sha256", _overload(T.BYTES, [string])),
        _function("hash.md5", _overload(T.BYTES, [string])),
        _function("json.unmarshal", _overload(dyn, [string])), _function("json.marshal", _overload(string, [dyn])),
        _function("lists.setAtIndex", _overload(dyns, [dyns, integer, dyn])),
        _function("lists.insertAtIndex", _overload(dyns, [dyns, integer, dyn])),
        _function("lists.removeAtIndex", _overload(dyns, [dyns, integer])),
        _function("merge", _overload(any_map, [any_map, any_map], True)),
        # cel-go's ext.Lists(), which kro enables and cel-expr-python does not ship (reverse() is the strings
        # extension's name too, and first()/last() come with optional types)
        _function("lists.range", _overload(T.List(integer), [integer])),
        _function("slice", _overload(dyns, [dyns, integer, integer], True)),
        _function("flatten", _overload(dyns, [dyns], True), _overload(dyns, [dyns, integer], True)),
        _function("distinct", _overload(dyns, [dyns], True)),
        _function("sort", _overload(dyns, [dyns], True)),
        _function("newCondition", _overload(condition, [runtime, T.Map(string, string)], True)),
        _function("condition", _overload(condition, [runtime, dyn, string], True)),
    ]
    if omit:
        found.append(_function("omit", _overload(dyn, [])))
    return tuple(found)


CONDITION_TYPE = "kro.run.Condition"
RUNTIME_TYPE = "kro.run.Runtime"


def error_text(problem: Exception) -> str:
    """The checker's message without the source excerpt it appends: `ERROR: <input>:1:6: found no matching ...`."""
    first = str(problem).splitlines()[0] if str(problem) else type(problem).__name__
    first = re.sub(r"^[A-Z_]+: ", "", first)
    return re.sub(r"^ERROR: <input>:\d+:\d+: ", "", first)


# --------------------------------------------------------------------------------- evaluation helpers


def _find(text: str, pattern: str) -> str:
    match = re.search(pattern, text)
    return match.group(0) if match else ""


def _find_all(text: str, pattern: str, limit: int = -1) -> list[str]:
    found = [match.group(0) for match in re.finditer(pattern, text)]
    return found if limit < 0 else found[:limit]


def _url(text: str) -> dict[str, Any]:
    if not _is_url(text):
        raise ValueError(f"URL parse error during conversion from string: {text}")
    parts = urlsplit(text)
    query: dict[str, list[str]] = {}
    for pair in filter(None, parts.query.split("&")):
        key, _, value = pair.partition("=")
        query.setdefault(key, []).append(value)
    return {"scheme": parts.scheme, "host": parts.netloc.rpartition("@")[2], "hostname": parts.hostname or "",
            "port": str(parts.port or ""), "path": parts.path, "query": query}


def _is_url(text: str) -> bool:
    """Go's url.ParseRequestURI accepts an absolute URL or an absolute path."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return bool(parts.scheme and (parts.netloc or parts.path)) or text.startswith("/")


_SUFFIXES = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60,
             "n": Decimal("1e-9"), "u": Decimal("1e-6"), "m": Decimal("1e-3"), "": 1, "k": 10**3, "M": 10**6,
             "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18}
_QUANTITY = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$")


def _is_quantity(text: str) -> bool:
    return bool(_QUANTITY.match(text))


def _quantity(text: str) -> dict[str, Any]:
    match = _QUANTITY.match(text)
    if not match:
        raise ValueError(f"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': {text}")
    try:
        number = Decimal(match.group(1) + (match.group(2) or "")) * Decimal(_SUFFIXES[match.group(3) or ""])
    except InvalidOperation:
        raise ValueError(f"not a quantity: {text}") from None
    return _number(number)


def _number(value: Decimal | int) -> dict[str, Any]:
    return {"amount": str(value)}


def _amount(quantity: dict[str, Any]) -> Decimal:
    return Decimal(quantity["amount"])
