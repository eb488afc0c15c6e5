#!/usr/bin/python3
"""Oracles for the generated files, run once per batch by src/core/testing/oracles.ts.

Reads one JSON request on stdin and writes one JSON answer on stdout:

  request: {"yaml": [{"id", "text"}], "ufw": [{"id", "line"}], "firewalld": [{"id", "line"}],
            "words": [{"id", "text"}], "plans": [{"id", "text"}], "plansSchema": path}
  answer:  {"yaml": {id: {...}}, "ufw": {id: {...}}, "firewalld": {id: {...}},
            "words": {id: [...]}, "unavailable": {section: reason}}

- yaml: PyYAML's SafeLoader (YAML 1.1, as K3s's gopkg.in/yaml.v2 reads config.yaml), with
  duplicate keys refused. Each top-level pair comes back with the YAML 1.1 type of its key and value.
- ufw: ufw's own command parser (ufw.frontend.parse_command, what /usr/sbin/ufw calls first);
  nothing is applied and no file is read or written.
- firewalld: firewall-cmd's options for this subset (--permanent, --zone, --add-port,
  --add-source, --add-rich-rule, --reload) with their values checked by firewalld's own code:
  firewall.command.FirewallCommand.parse_port (what firewall-cmd calls), and the zone checks the
  daemon runs before it stores a permanent setting (firewall.core.io.zone.Zone.check_config_dict:
  ports, sources, rich rules parsed by firewall.core.rich.Rich_Rule). No daemon, no files.
- words: shlex (POSIX mode) splits a shell command into words.
- plans: system-upgrade-controller Plan manifests (several YAML documents in one file), each read
  by PyYAML as above and validated with python3-jsonschema against the Plan CRD's own schema
  (src/core/testing/suc-plan-schema.json, read out of the controller's generated CRD), unknown
  fields refused as `kubectl apply --validate=strict` refuses them; plus what the API server and
  the controller check beyond the schema: the CRD's group/version and kind, a metadata name (a
  DNS-1123 subdomain) and namespace (a DNS-1123 label), and a channel or a version (the
  controller's ErrPlanUnresolvable, pkg/apis/upgrade.cattle.io/v1/errors.go).

Each section imports its library only when asked, so a missing package only marks its section
unavailable.
"""
import contextlib
import datetime
import io
import json
import shlex
import sys


def strict_loader():
    import yaml

    # libyaml's parser where the package has it (Debian's does): the same YAML 1.1 resolver, faster.
    Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(Base):
        pass

    def construct_mapping(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, "duplicate key %r" % (key,), key_node.start_mark)
            seen.add(key)
        return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep)

    StrictLoader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return StrictLoader


def yaml_section(items):
    import yaml

    StrictLoader = strict_loader()

    def typed(value):
        if isinstance(value, bool):
            return {"type": "bool", "value": value}
        if isinstance(value, int):
            return {"type": "int", "value": str(value)}
        if isinstance(value, float):
            return {"type": "float", "value": repr(value)}
        if value is None:
            return {"type": "null", "value": None}
        if isinstance(value, str):
            return {"type": "str", "value": value}
        if isinstance(value, (datetime.date, datetime.datetime)):
            return {"type": "timestamp", "value": value.isoformat()}
        if isinstance(value, bytes):
            return {"type": "binary", "value": None}
        if isinstance(value, list):
            return {"type": "list", "value": None, "items": [typed(v) for v in value]}
        if isinstance(value, dict):
            return {"type": "map", "value": None,
                    "pairs": [{"key": typed(k), "value": typed(v)} for k, v in value.items()]}
        return {"type": type(value).__name__, "value": None}

    out = {}
    for item in items:
        try:
            docs = list(yaml.load_all(item["text"], Loader=StrictLoader))
        except yaml.YAMLError as e:
            out[item["id"]] = {"ok": False, "error": str(e)}
            continue
        if len(docs) != 1 or not isinstance(docs[0], dict):
            out[item["id"]] = {"ok": False, "error": "not a single YAML mapping (%d documents, top: %s)" % (
                len(docs), type(docs[0]).__name__ if docs else "none")}
            continue
        pairs = []
        for key, value in docs[0].items():
            pairs.append({"key": typed(key), "value": typed(value)})
        out[item["id"]] = {"ok": True, "pairs": pairs}
    return out


def strip_sudo(words):
    return words[1:] if words and words[0] == "sudo" else words


def ufw_section(items):
    import gettext
    gettext.install("ufw")  # ufw's messages call _()
    import ufw.frontend
    from ufw.common import UFWError

    out = {}
    for item in items:
        # ufw writes its messages as bytes to the stream's buffer.
        err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace")

        def text():
            err.flush()
            return err.buffer.getvalue().decode("utf-8", "replace").strip()

        try:
            words = strip_sudo(shlex.split(item["line"]))
            if not words or words[0] != "ufw":
                raise ValueError("not a ufw command")
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
                pr = ufw.frontend.parse_command(list(words))
            rule = pr.data.get("rule")
            out[item["id"]] = {"ok": True, "action": pr.action,
                               "rule": rule.format_rule() if rule is not None else None,
                               "iptype": pr.data.get("iptype")}
        except SystemExit:
            out[item["id"]] = {"ok": False, "error": text() or "ufw exited"}
        except UFWError as e:
            out[item["id"]] = {"ok": False, "error": str(e.value)}
        except Exception as e:  # ValueError from parse_command: not enough/invalid args
            out[item["id"]] = {"ok": False, "error": (text() + " " + repr(e)).strip()}
    return out


# The zones firewalld ships (/usr/lib/firewalld/zones in firewalld 1.3).
FIREWALLD_ZONES = {"block", "dmz", "drop", "external", "home", "internal", "nm-shared", "public", "trusted", "work"}


def firewalld_section(items):
    import argparse
    from firewall.command import FirewallCommand
    from firewall.core.io.zone import Zone
    from firewall.errors import FirewallError

    class Refused(Exception):
        pass

    class Parser(argparse.ArgumentParser):
        def error(self, message):
            raise Refused(message)

    parser = Parser(prog="firewall-cmd", add_help=False, allow_abbrev=False)
    parser.add_argument("--permanent", action="store_true")
    parser.add_argument("--zone", default="")
    parser.add_argument("--add-port", action="append")
    parser.add_argument("--add-source", action="append")
    parser.add_argument("--add-rich-rule", action="append")
    parser.add_argument("--reload", action="store_true")

    cmd = FirewallCommand()
    out = {}
    for item in items:
        try:
            words = strip_sudo(shlex.split(item["line"]))
            if not words or words[0] != "firewall-cmd":
                raise Refused("not a firewall-cmd command")
            a = parser.parse_args(words[1:])
            adds = (a.add_port or []) + (a.add_source or []) + (a.add_rich_rule or [])
            if a.reload:
                # firewall-cmd: --reload is a stand-alone option.
                if adds or a.permanent or a.zone:
                    raise Refused("--reload cannot be combined with other options")
                out[item["id"]] = {"ok": True, "action": "reload"}
                continue
            if not adds:
                raise Refused("nothing to add")
            if not a.permanent:
                raise Refused("not --permanent: the setting would be lost at the next reload")
            zone = Zone()
            zone.name = a.zone or "public"
            zone.check_name(zone.name)
            if zone.name not in FIREWALLD_ZONES:
                raise Refused("zone %r is not one firewalld ships" % zone.name)
            conf = {}
            if a.add_port:
                conf["ports"] = [cmd.parse_port(p) for p in a.add_port]
            if a.add_source:
                conf["sources"] = list(a.add_source)
            if a.add_rich_rule:
                conf["rules_str"] = list(a.add_rich_rule)
            zone.check_config_dict(conf, {"zones": {}, "policies": {}})
            out[item["id"]] = {"ok": True, "action": "add", "zone": zone.name, "checked": sorted(conf)}
        except (Refused, FirewallError, ValueError) as e:
            out[item["id"]] = {"ok": False, "error": str(e)}
    return out


def words_section(items):
    out = {}
    for item in items:
        try:
            out[item["id"]] = {"ok": True, "words": shlex.split(item["text"], comments=True)}
        except ValueError as e:
            out[item["id"]] = {"ok": False, "error": str(e)}
    return out


DNS1123_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
DNS1123_LABEL = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"


def plans_section(items, schema_path):
    import re
    import yaml
    import jsonschema

    with open(schema_path, encoding="utf-8") as f:
        crd = json.load(f)
    # OpenAPI v3 schemas use draft 4's keywords.
    validator = jsonschema.Draft4Validator(crd["schema"])
    StrictLoader = strict_loader()

    def checks(doc):
        errors = ["%s: %s" % ("/".join(str(p) for p in e.absolute_path) or "(document)", e.message)
                  for e in validator.iter_errors(doc)]
        if not isinstance(doc, dict):
            return errors
        if doc.get("apiVersion") != crd["apiVersion"]:
            errors.append("apiVersion %r is not the CRD's %s" % (doc.get("apiVersion"), crd["apiVersion"]))
        if doc.get("kind") != crd["kind"]:
            errors.append("kind %r is not the CRD's %s" % (doc.get("kind"), crd["kind"]))
        meta = doc.get("metadata") if isinstance(doc.get("metadata"), dict) else {}
        name, namespace = meta.get("name"), meta.get("namespace")
        if not (isinstance(name, str) and len(name) <= 253 and re.match(DNS1123_SUBDOMAIN, name)):
            errors.append("metadata.name %r is not a DNS-1123 subdomain" % (name,))
        if not (isinstance(namespace, str) and len(namespace) <= 63 and re.match(DNS1123_LABEL, namespace)):
            errors.append("metadata.namespace %r is not a DNS-1123 label" % (namespace,))
        spec = doc.get("spec") if isinstance(doc.get("spec"), dict) else {}
        if not spec.get("channel") and not spec.get("version"):
            errors.append("cannot resolve plan: missing channel and version")
        return errors

    out = {}
    for item in items:
        try:
            docs = [d for d in yaml.load_all(item["text"], Loader=StrictLoader) if d is not None]
        except yaml.YAMLError as e:
            out[item["id"]] = {"ok": False, "error": str(e)}
            continue
        out[item["id"]] = {"ok": True, "documents": [
            {"errors": checks(d), "value": json.loads(json.dumps(d, default=repr))} for d in docs]}
    return out


SECTIONS = {"yaml": yaml_section, "ufw": ufw_section, "firewalld": firewalld_section, "words": words_section,
            "plans": lambda items, request: plans_section(items, request["plansSchema"])}


def main():
    request = json.load(sys.stdin)
    if request.get("probe"):
        # Which sections can run here.
        found = {}
        for name, module in (("yaml", "yaml"), ("ufw", "ufw.frontend"), ("firewalld", "firewall.core.rich"),
                             ("jsonschema", "jsonschema")):
            try:
                __import__(module)
                found[name] = None
            except Exception as e:  # ImportError, or a module that fails to load
                found[name] = repr(e)
        sys.stdout.write(json.dumps(found))
        return
    answer = {"unavailable": {}}
    for name, run in SECTIONS.items():
        items = request.get(name) or []
        if not items:
            answer[name] = {}
            continue
        try:
            answer[name] = run(items, request) if name == "plans" else run(items)
        except ImportError as e:
            answer["unavailable"][name] = repr(e)
            answer[name] = {}
    # json.dumps uses the C encoder; json.dump to a stream does not.
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    main()
