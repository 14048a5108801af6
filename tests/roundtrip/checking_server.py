"""A loopback HTTP server that checks each request against the operation it expects.

The test tells the server which operation comes next; the server checks the request's method,
path (and path parameters), query (names, types, required ones) and body (JSON validated
against the request schema, without readOnly properties; multipart field names) against the
description the SDK was generated from, records any problem, and answers with a valid body
for the operation's first 2xx response.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from contract.spec import Operation, Spec
from contract.values import SchemaSampler
from openapi_schema_validator import OAS30Validator, OAS30WriteValidator


class Checker:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.components = spec.document.get("components", {})

    def _validate(self, schema: Any, value: Any, *, write: bool = False) -> list[str]:
        root = {**self.spec.resolve(schema), "components": self.components}
        validator = (OAS30WriteValidator if write else OAS30Validator)(root)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '.'}: {e.message}"
            for e in validator.iter_errors(value)
        ]

    def _coerce(self, schema: Mapping[str, Any], text: str) -> Any:
        kind = self.spec.resolve(schema).get("type")
        try:
            if kind == "integer":
                return int(text)
            if kind == "number":
                return float(text)
            if kind == "boolean":
                return {"true": True, "false": False}[text.lower()]
        except (ValueError, KeyError):
            return text  # left as a string, so validation reports the type
        return text

    def check(
        self, op: Operation, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> list[str]:
        problems: list[str] = []
        if method.lower() != op.method:
            problems.append(f"method {method} != {op.method.upper()}")
        url = urlsplit(target)
        pattern = "^" + re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"
        match = re.match(pattern, url.path)
        if match is None:
            return [*problems, f"path {url.path} does not match {op.path}"]
        by_location = {(p.location, p.name): p for p in op.parameters}
        for name, value in match.groupdict().items():
            schema = by_location[("path", name)].schema
            problems += [
                f"path {name} {e}" for e in self._validate(schema, self._coerce(schema, value))
            ]
        query = parse_qs(url.query, keep_blank_values=True)
        for name, values in query.items():
            parameter = by_location.get(("query", name))
            if parameter is None:
                problems.append(f"undeclared query parameter {name}")
                continue
            schema = self.spec.resolve(parameter.schema)
            if schema.get("type") == "array":
                value: Any = [self._coerce(schema.get("items", {}), v) for v in values]
            else:
                value = self._coerce(schema, values[-1])
            problems += [f"query {name} {e}" for e in self._validate(schema, value)]
        for parameter in op.parameters:
            if parameter.location == "query" and parameter.required and parameter.name not in query:
                problems.append(f"required query parameter {parameter.name} missing")
        if not headers.get("authorization", "").startswith("Api-Token "):
            problems.append("no Api-Token credential")
        problems += self._check_body(op, headers.get("content-type", ""), body)
        return problems

    def _check_body(self, op: Operation, content_type: str, body: bytes) -> list[str]:
        declared = (op.request_body or {}).get("content") or {}
        if not body:
            required = (op.request_body or {}).get("required")
            return ["required body missing"] if required else []
        media = content_type.split(";")[0].strip()
        if media not in declared:
            return [f"body sent as {media!r}, description declares {sorted(declared)}"]
        schema = self.spec.resolve(declared[media].get("schema", {}))
        if media == "application/json":
            return [f"body {e}" for e in self._validate(schema, json.loads(body), write=True)]
        if media == "multipart/form-data":
            names = set(re.findall(rb'name="([^"]+)"', body))
            missing = [n for n in schema.get("required", []) if n.encode() not in names]
            unknown = [n.decode() for n in names if n.decode() not in schema.get("properties", {})]
            return [f"multipart field {n} missing" for n in missing] + [
                f"multipart field {n} undeclared" for n in unknown
            ]
        return []

    def answer(self, op: Operation) -> tuple[int, bytes]:
        status = op.success_codes()[0]
        response = op.responses[str(status)]
        media = (response.get("content") or {}).get("application/json")
        if media is None:
            return status, b""
        sampler = SchemaSampler(self.spec, optional=True, for_request=False)
        return status, json.dumps(sampler.sample(media.get("schema", {}))).encode()


class CheckingServer:
    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self.expected: Operation | None = None
        self.problems: list[str] = []
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                op = outer.expected
                assert op is not None
                outer.requests += 1
                headers = {k.lower(): v for k, v in self.headers.items()}
                outer.problems += outer.checker.check(op, self.command, self.path, headers, body)
                status, payload = outer.checker.answer(op)
                self.send_response(status)
                if payload:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @contextmanager
    def expecting(self, op: Operation) -> Iterator[list[str]]:
        self.expected, self.problems, self.requests = op, [], 0
        yield self.problems
        if self.requests != 1:
            self.problems.append(f"{self.requests} requests reached the server, expected 1")

    @contextmanager
    def running(self) -> Iterator[CheckingServer]:
        thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.httpd.shutdown()
            self.httpd.server_close()
