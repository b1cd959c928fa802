"""Page furniture around a paper's own header: what a sharing site or a web page adds.

Real papers come from document-sharing sites and council web pages, which put
their own lines above the paper: the site's page title (often the paper's title
again, or its file name), an uploader line ("By NAME,2014-06-23 08:07"), a view
count, "advertisement", "Document Sample", "... Powered By X", "Skip to content".
None of these is the paper's title or date. The phrases are data
(`site_phrases`, `site_markers` in vocabulary.yaml); the rest are structural cues:
a date with a time of day right after an uploader's name, a first line that the
paper repeats below it, a file-name line ("... Template - DOC").
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from ingest.names import clean_text
from ingest.parse.dates import find_dates
from ingest.parse.lines import RUN_ON_CHARS, Line
from ingest.parse.vocab import Vocabulary

# 'By Ada Brook,2014-06-23 08:07' / 'Uploaded by ab12 on 3 May 2014' / '... Report by HC12100118333'
_UPLOADER = re.compile(
    r"^(?:uploaded\s+)?by\s+[^,\n]{2,60},?\s*(?:on\s+)?\d{4}-\d\d-\d\d(?:[ T]\d\d?:\d\d)?\s*$"
    r"|\b(?:uploaded\s+)?by\s+[A-Za-z]*\d{5,}\s*$"
    r"|(?-i:\bMinutes\s+by\s+(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[A-Za-z\d]{5,12})\s*$"
    r"|^uploaded\s+(?:by|on)\b"
    r"|^post(?:ed)?\s+on\s+\d{1,2}[-\s][A-Za-z]{3,9}[-\s]\d{4}\s*$|^upload\s*:\s*\w+\s*$", re.I)  # 'Post on 14-Jul-2031' (round 20)
_BREADCRUMB = re.compile(r"\S\s*[>»›]\s*\S.*\s[>»›]\s*\S|^home\s*[>»›/|]", re.I)  # 'Home > Meetings > ...'
_VIEWS = re.compile(r"^\d[\d,.]*k?\s+(?:views?|downloads?|pages?)\b(?:\s+\d+)?\s*$", re.I)
# ('Minutes Template - Get Now DOC': a download offer's words before the file type in capitals, round 28)
_FILE_NAME = re.compile(r"\btemplate(?:\s*[-–]\s*\w{2,4})?\s*$|\s[-–]\s(?:doc|docx|pdf|rtf)\s*$"
                        r"|\w\.(?:pdf|docx?|rtf|odt)\s*$"  # 'Elmley SAB Minutes - March 2031.pdf': the file's name (round 66)
                        r"|\s[-–]\s(?:\w+\s+){1,3}(?-i:DOC|DOCX|PDF|RTF)\s*$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+\s*(?:of|/)\s*\d+$|^page\s+\d+$", re.I)
_VERSION = re.compile(r"^(?:(?:draft|final)\s+)?(?:v|ver\.?|version)\s*\d+(?:\.\d+)*(?:\s+(?:draft|final))?$", re.I)
# a download link's text after a listed file ('... Minutes 14 March 2016 (PDF 371kb)', '... pdf icon PDF 55 KB')
_LINK_TEXT = re.compile(r"[(\[]\s*(?:pdf|docx?|word|rtf|odt|xlsx?|pptx?)\b[\s,:]*\d+(?:\.\d+)?\s*[kmg]b\s*[)\]]\s*$"
                        r"|\bpdf\s+icon\s+pdf\s+\d+(?:\.\d+)?\s*[kmg]b\s*$", re.IGNORECASE)
# a site's link to its video of meetings ('Watch key Council meetings here', 'View the webcast of this meeting online')
_VIDEO_LINK = re.compile(r"^(?:watch|view|listen\s+to)\b.{0,60}?\b(?:meetings?|webcasts?|broadcasts?|videos?|live\s+stream)"
                         r"\b.{0,30}?\b(?:here|live|online)\s*\.?$|^webcasts?(?:\s+(?:here|link|archive))?$", re.I)
# a sharing site's file-detail line ('Total Page:16', 'File Type:pdf, Size:1020Kb', 'Page count: 12'): the
# site describes the uploaded file; a paper's own header never gives its page count or file type on a line
_FILE_DETAIL = re.compile(
    r"^(?:total\s+pages?|page\s+count|pages?\s+total|number\s+of\s+pages|no\.?\s+of\s+pages|pages)\s*:\s*\d+\s*$"
    r"|^file\s+(?:type|size|format)\s*:\s*\w+(?:\s*,\s*(?:size|pages?)\s*:\s*[\d.]+\s*(?:[kmg]b)?)?\s*$"
    r"|^(?:file\s+)?size\s*:\s*\d+(?:\.\d+)?\s*[kmg]b\s*$", re.I)
_PAGE_REF = re.compile(r"^(?:paper|enclosure|appendix|annex|item|agenda\s+item)\s+[\w.]{1,5}\s*$", re.I)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", clean_text(text).lower()).strip()


def is_furniture(text: str, vocab: Vocabulary) -> bool:
    """A whole line a site adds: a known site phrase, an uploader line, a view count, a file name, a file's
    link ('... (PDF 371kb)'), the file's details ('Total Page:16', 'File Type:pdf, Size:1020Kb')."""
    key = _key(text)
    if not key:
        return False
    if key in vocab.site_phrases or any(m in key for m in vocab.site_markers):
        return True
    if any(key == t or key.startswith(t + " ") for t in vocab.page_types):
        return True  # 'Agenda and draft minutes app available': the page's own heading and a banner run on
    # a banner with a web address is a line or two; a longer run holding one is the paper's text run together
    # ('Summary of the Elmley Board Meeting held on 5 March 2013 Further information at: www.example.org ...')
    if re.search(r"(?i)\bwww\.|https?://", text) and len(text) <= RUN_ON_CHARS:
        return True  # 'Have your say ... complete this survey: www.example.org': a site's banner, not the paper's
    return bool(_UPLOADER.search(text.strip()) or _VIEWS.match(text.strip()) or _FILE_NAME.search(text.strip())
                or _BREADCRUMB.search(text.strip()) or _LINK_TEXT.search(text.strip())
                or _FILE_DETAIL.match(text.strip()) or _VIDEO_LINK.match(text.strip()))


def is_metadata_label(text: str, vocab: Vocabulary) -> bool:
    """'Published', 'Directorate' alone on a line: a government page's metadata label (its value below)."""
    return _key(text) in vocab.metadata_labels


def is_venue(text: str, vocab: Vocabulary) -> bool:
    """'MS Teams virtual meeting', 'Via Zoom': where the meeting was held, not what it was."""
    key = f" {_key(text)} "
    return any(f" {v} " in key for v in vocab.venue_words)


def is_section(text: str, vocab: Vocabulary) -> bool:
    """A heading made only of section words ('Declaration of Interests', 'BUSINESS'): a section, not the paper."""
    words = [w for w in re.findall(r"[a-z']+", clean_text(text).lower()) if w not in _SMALL]
    return bool(words) and all(w in vocab.section_words for w in words)


_SMALL = frozenset({"and", "of", "for", "the", "to", "from", "a", "an", "on"})


def is_marking(text: str, vocab: Vocabulary) -> bool:
    """A paper's own marking above its heading: 'DRAFT', 'OFFICIAL', 'Version 2.1', 'Page 1 of 15'."""
    t = text.strip(" *_")
    return _key(t) in vocab.marking_phrases or bool(_PAGE_NUMBER.match(t) or _VERSION.match(t))


_IMAGE_LABEL = re.compile(r"(?i)^(?:page|post|featured|header)\s+(?:icon|image|thumbnail)$")


def is_image_label(text: str) -> bool:
    """'Page Icon', 'Featured Image': a web page's picture label left in its text, neither title nor a line that
    makes the line above it the site's (a page title above it is the paper's own heading)."""
    return bool(_IMAGE_LABEL.match(text.strip(" *_")))


def is_page_ref(text: str) -> bool:
    """'Paper 3', 'Appendix B', 'Item 4': the paper's place in a pack, not its title."""
    return bool(_PAGE_REF.match(text.strip()))


def _repeated(first: str, later: list[str]) -> bool:
    """The first line comes back below, whole or nearly (a site's title made from the paper's own):
    a run of at least four words in common, most of the longer line."""
    a = _key(first).split()
    if len(a) < 4:
        return False
    for text in later:
        b = _key(text).split()
        m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
        if m.size >= 4 and m.size >= 0.6 * max(len(a), len(b)):
            return True
    return False


def _cells(text: str) -> bool:
    """A table row ('a | b', or 'a / b / c' flattened): its cells repeat words, not the title."""
    return " | " in text or len(re.findall(r"\s/(?=\s|$)", text)) >= 2


def page_title(lines: list[Line], vocab: Vocabulary, names_meeting) -> int | None:
    """The index of the first line when it is the sharing site's page title, not the paper's heading.

    It is when the line after it is site furniture ('advertisement', an uploader line),
    when the paper repeats it below, or when it stands apart (a blank line after it),
    reads like a page title rather than a bare body name (a date, a ' - ', a
    meeting word in it) and sits above a heading that names a body's meeting
    (`names_meeting`, the header's test).
    """
    filled = [l for l in lines[:40] if not l.blank]
    if len(filled) < 2:
        return None
    first = filled[0]
    if is_furniture(first.text, vocab):
        return first.index
    if is_furniture(filled[1].text, vocab):
        return first.index
    later = [l.text for l in filled[1:15] if not is_furniture(l.text, vocab) and not _cells(l.text)]
    if _repeated(first.text, later):
        return first.index
    apart = first.index + 1 < len(lines) and lines[first.index + 1].blank
    titled = bool(find_dates(first.text) or re.search(r"\s[-–—]\s|\b(?:meeting|minutes|notes)\b", first.text, re.I))
    if apart and titled and any(names_meeting(t) for t in later[:6]):
        return first.index
    return None
