#!/usr/bin/env python3
"""Validates karabakh-diff JSON (a file, or JSONL with --lines) against the schema.

usage: validate_schema.py SCHEMA OUTPUT [--lines]
Exit 0 when valid; otherwise prints the first error and exits 1.
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1]))
    text = open(sys.argv[2], encoding="utf-8").read()
    validator = jsonschema.Draft202012Validator(schema)
    if "--lines" in sys.argv:
        defs = {"document": "#/$defs/document", "event": "#/$defs/event",
                "diagnostic": "#/$defs/diagnostic"}
        for n, line in enumerate(text.splitlines(), 1):
            obj = json.loads(line)
            kind = obj.pop("type")
            if obj.pop("schema") != "karabakh-diff/1":
                sys.exit(f"line {n}: wrong schema")
            sub = dict(schema, **{"$ref": defs[kind]})
            for key in ("required", "properties", "additionalProperties", "type"):
                sub.pop(key, None)
            jsonschema.Draft202012Validator(sub).validate(obj)
    else:
        validator.validate(json.loads(text))
    print("valid")


if __name__ == "__main__":
    try:
        main()
    except jsonschema.ValidationError as e:
        print(f"invalid: {e.message} at {list(e.absolute_path)}")
        sys.exit(1)
