"""Messages of the printed documents (refusals of documents that do not exist or say nothing),
Spanish first. Merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

PDF_MESSAGES: dict[str, tuple[str, str]] = {
    "report.not_produced": (
        "la instancia «{body}» no produce el documento «{kind}»: no se imprime (produce: {produced})",
        "the body “{body}” does not produce the document “{kind}”: it is not printed (it produces: {produced})",
    ),
    "report.empty": (
        "el documento «{kind}» de «{meeting}» no tiene contenido: no se imprime una página vacía",
        "the document “{kind}” of “{meeting}” has no content: an empty page is not printed",
    ),
    "report.too_large": (
        "el documento no se puede componer en páginas: un texto es más largo que una página",
        "the document cannot be laid out on pages: a text is longer than a page",
    ),
}
