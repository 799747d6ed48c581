"""A saved web form shows its answers in its controls: read them as a person sees the printed form.

A report filled in a web portal and saved from the browser keeps every answer in markup only: a text
field's ``value``, the ``selected`` option of a list, the ``checked`` radio button or box, a text
area's text. The HTML reader skipped controls, so such a page lost its name, its sums, its lights and
its goals (test23 s34). Each control becomes the text its printout shows (a field its value, a list
its chosen option, a slider its value and that value's mark, a radio button "(x)"/"( )" and a box "[x]"/"[ ]" before its own words, the forms
``lightvalues.marked_option`` and the goal checklists read), and a label standing before its controls
becomes a row with them ("Label<tab>answer"), the pair a fact box's row is (htmllists.term_rows).
Fields that show nothing (hidden, password, buttons, an empty field's placeholder) stay unread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is imported by the HTML reader when a page is read, not at start
    from bs4 import Tag

#: Input types whose value is text a person reads in the field.
_TEXT_TYPES = frozenset(
    {"", "text", "email", "tel", "url", "number", "date", "datetime-local", "month", "week", "time"}
)
#: What ends the answers that follow a label on its line.
_LINE_ENDS = frozenset(
    {"br", "label", "p", "div", "fieldset", "legend", "table", "ul", "ol", "li", "section", "form", "hr"}
    | {f"h{n}" for n in range(1, 7)}
)
#: The mark of a control turned into its text (an attribute of our own on the new element).
_SHOWN = "data-hg-answer"


def _shown(root: Tag, control: Tag, text: str, block: bool = False) -> None:
    """Put the element a control's printout is in its place."""
    shown = root.new_tag("div" if block else "span", attrs={_SHOWN: "1"})
    shown.string = text
    control.replace_with(shown)


def _choice(control: Tag) -> str:
    """A radio button or a box as printed: its mark, ticked or not."""
    ticked = control.has_attr("checked")
    if str(control.get("type") or "").lower() == "radio":
        return "(x) " if ticked else "( ) "
    return "[x] " if ticked else "[ ] "


def _answer(control: Tag, root: Tag) -> str | None:
    """The text a control shows, or None where it shows nothing a reader reads."""
    if control.name == "select":
        options = control.find_all("option")
        chosen = [o for o in options if o.has_attr("selected")] or options[:1]
        return ", ".join(o.get_text(" ", strip=True) for o in chosen)
    if control.name == "textarea":
        return control.get_text()
    kind = str(control.get("type") or "").lower()
    if kind in ("radio", "checkbox"):
        return _choice(control)
    if kind in _TEXT_TYPES:
        return str(control.get("value") or "")
    if kind == "range":
        return _range(control, root)
    return None


def _range(control: Tag, root: Tag) -> str | None:
    """A slider as printed: its value, and the words its list of marks gives that value ("2 keltainen"
    from ``<datalist><option value="2" label="keltainen">``), as the tick labels under it show them, or
    the words its ``aria-valuetext`` says (what a screen reader reads out). A slider without a value
    of its own shows nothing a reader can read (its default is the middle)."""
    value = str(control.get("value") or "").strip()
    if not value:
        return None
    spoken = " ".join(str(control.get("aria-valuetext") or "").split())
    if spoken:
        return spoken if spoken.startswith(value) else f"{value} {spoken}"  # what a screen reader says
    marks = control.get("list")
    if isinstance(marks, str) and marks:
        listed = root.find("datalist", id=marks)
        if listed is not None:
            for option in listed.find_all("option"):
                if str(option.get("value") or "").strip() == value:
                    words = str(option.get("label") or option.get_text(" ", strip=True)).strip()
                    return f"{value} {words}" if words and words != value else value
    return value


def _label_rows(root: Tag, body: Tag) -> None:
    """A label standing alone before its answers on a line: the two a row, as a fact box's row."""
    for label in body.find_all("label"):
        if label.find(lambda tag: tag.has_attr(_SHOWN)) or label.find_parent(["td", "th", "tr"]):
            continue  # a box with its words inside the label, or a table's cell already a row's
        answers: list[object] = []
        for sibling in label.next_siblings:
            name = getattr(sibling, "name", None)
            if name in _LINE_ENDS:
                break
            answers.append(sibling)
        shown = [a for a in answers if getattr(a, "get", lambda _: None)(_SHOWN)]
        if not shown or not label.get_text(strip=True):
            continue
        row, term, value = root.new_tag("tr"), root.new_tag("td"), root.new_tag("td")
        label.insert_before(row)
        term.append(label.extract())
        for answer in answers:
            value.append(answer.extract())  # type: ignore[attr-defined]
        row.append(term)
        row.append(value)


def form_answers(body: Tag) -> None:
    """Turn each form control under ``body`` into the text it shows, in place."""
    root = body
    while root.parent is not None:
        root = root.parent
    _pressed_groups(root, body)
    controls = body.find_all(["input", "select", "textarea"])
    if not controls:
        return
    for control in controls:
        text = _answer(control, root)
        if text is None or not text.strip():
            continue  # left to the reader, which skips what shows nothing
        if control.name == "textarea":
            _textarea(root, control, text)
        else:
            _shown(root, control, text)
    _label_rows(root, body)


def _textarea(root: Tag, control: Tag, text: str) -> None:
    """A text area's lines stay lines: a block of its own, a line break between them."""
    shown = root.new_tag("div", attrs={_SHOWN: "1"})
    for number, line in enumerate(text.strip("\n").split("\n")):
        if number:
            shown.append(root.new_tag("br"))
        shown.append(line)
    control.replace_with(shown)


#: The ARIA states of a toggle: a pressed button of a segmented control, a checked ARIA radio.
_STATES = ("aria-pressed", "aria-checked")


def _pressed_groups(root: Tag, body: Tag) -> None:
    """A segmented control drawn with buttons whose state only ARIA gives ("<button aria-pressed="true">
    vihreä</button><button aria-pressed="false">keltainen</button>…", test29 ib15): each button printed as
    the radio button it stands for, "(x) vihreä ( ) keltainen", two buttons of a group or more, one pressed
    at least; a lone toggle (a menu's) is no choice and stays unread."""
    for state in _STATES:
        toggles = body.find_all(lambda tag, state=state: tag.has_attr(state))
        for group in {id(t.parent): t.parent for t in toggles if t.parent}.values():
            buttons = group.find_all(lambda tag, state=state: tag.has_attr(state), recursive=False)
            pressed = [str(t.get(state)).lower() == "true" for t in buttons]
            if len(buttons) < 2 or not any(pressed):
                continue
            for button, on in zip(buttons, pressed, strict=True):
                _shown(root, button, (" (x) " if on else " ( ) ") + button.get_text(" ", strip=True))
            if group.name == "div" and group.parent is not body:
                group.name = "span"  # the choices on their label's line, as a form's radio buttons stand
