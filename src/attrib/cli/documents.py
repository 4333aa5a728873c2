"""How the commands that read documents (run, explain, sources) read them: one set of options, declared
once, and one way from those options to the documents and to the records written.

`@reads_documents` gives a command --rules, --encoding, --errors, --text-field, --id-field,
--input-format and --lang in place of its `reading: Reading` parameter, so no command can read a document
differently from `attrib run`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrib.cli.common import (
    DecodeErrors,
    DecodeErrorsOption,
    EncodingOption,
    IdFieldOption,
    InputFormat,
    InputFormatOption,
    LangOption,
    RulesOption,
    TextFieldOption,
    output,
    warn,
)
from attrib.record import FrozenRecord

if TYPE_CHECKING:  # imported lazily at run time, to keep `attrib --help` fast
    from attrib.batch.runner import RunOptions
    from attrib.inputs.corpus import CorpusOptions, Doc
    from attrib.rulebook.ruleset import RuleSet


class Reading(FrozenRecord):
    """The options of reading documents, as the user gave them."""

    __slots__ = ("encoding", "errors", "id_field", "input_format", "lang", "rules", "text_field")

    def __init__(self, rules: list[Path] | None = None, encoding: str = "utf-8",
                 errors: DecodeErrors = DecodeErrors.STRICT, text_field: str | None = None, id_field: str = "id",
                 input_format: InputFormat = InputFormat.auto, lang: str = "auto") -> None:
        self.rules = rules
        self.encoding = encoding
        self.errors = errors
        self.text_field = text_field
        self.id_field = id_field
        self.input_format = input_format
        self.lang = lang

    def run_options(self, **more: Any) -> RunOptions:
        """The batch runner's options: these, and `more` (format, jobs, ...)."""
        from attrib.batch.runner import RunOptions

        return RunOptions(rules=[str(r) for r in self.rules or []], encoding=self.encoding,
                          errors=self.errors.value, text_field=self.text_field or "text",
                          text_field_given=self.text_field is not None, id_field=self.id_field or None,
                          input_format=self.input_format.value, lang=self.lang, **more)

    def corpus(self) -> CorpusOptions:
        return self.run_options().corpus()

    def ruleset(self) -> RuleSet:
        from attrib.rulebook.ruleset import load_rules

        return load_rules(self.run_options().rules)

    def document(self, path: str, ident: str | None, ruleset: RuleSet) -> Doc:
        """The one document `attrib run PATH` reads, or the one with id `ident` of a corpus."""
        from attrib.inputs.corpus import find_document

        return find_document(path, self.corpus(), ident, ruleset.lexicons)


#: what a command's `reading` parameter defaults to (the decorator replaces it by the options below)
DEFAULT_READING = Reading()

#: the parameters `reading` stands for, in the order --help lists them, with their defaults
_OPTIONS = (("rules", RulesOption), ("encoding", EncodingOption), ("errors", DecodeErrorsOption),
            ("text_field", TextFieldOption), ("id_field", IdFieldOption), ("input_format", InputFormatOption),
            ("lang", LangOption))


def reads_documents(command: Callable[..., None]) -> Callable[..., None]:
    """The command with the options of Reading in place of its `reading` parameter (typer reads the
    wrapper's signature); the command is called with them gathered into one Reading."""
    signature = inspect.signature(command, eval_str=True)
    params = list(signature.parameters.values())
    at = [param.name for param in params].index("reading")
    defaults = {name: param.default for name, param in inspect.signature(Reading).parameters.items()}
    shared = [inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=defaults[name],
                                annotation=annotation) for name, annotation in _OPTIONS]

    @functools.wraps(command)
    def with_reading(**given: Any) -> None:
        reading = Reading(**{name: given.pop(name) for name, _ in _OPTIONS})
        command(reading=reading, **given)

    with_reading.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*params[:at], *shared, *params[at + 1:]])
    annotations = {name: value for name, value in command.__annotations__.items() if name != "reading"}
    with_reading.__annotations__ = annotations | dict(_OPTIONS)
    return with_reading


def write_records(paths: Sequence[str], options: RunOptions) -> None:
    """Run the documents of `paths` into options.output_path (or stdout), warnings streamed as they come."""
    from attrib.batch.problems import StreamedProblems
    from attrib.batch.runner import run_documents
    from attrib.outputs.progress import wanted as progress_wanted

    options.progress = progress_wanted()
    problems = StreamedProblems(warn)  # the first few in full, then counted
    try:
        with output(options.output_path) as handle:
            run_documents(paths, handle, options, problems)
    finally:
        problems.close()


def chosen_output(format: str | None, out: str | None, summary: bool) -> tuple[str, Path | None]:
    """The output format (--format, else from -o's extension) and the file -o names."""
    from attrib.outputs.destination import output_format

    return output_format(format, out, summary), Path(out) if out else None

