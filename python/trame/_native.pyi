"""Type stubs of Trame's native module (Rust, PyO3); use the ``trame`` package's functions."""

from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

__version__: str

def analyze(
    text: Union[str, bytes],
    date: Optional[Any] = None,
    lang: Optional[str] = None,
    name: Optional[str] = None,
) -> Dict[str, Any]:
    """One text: the analysis ``trame analyze`` prints (``{"documents": [...]}``)."""

def link(analyses: Iterable[Union[Dict[str, Any], str]]) -> Dict[str, Any]:
    """Document analyses: what ``trame link`` prints (``{"actors", "events"}``)."""

def name_key(name: str) -> str:
    """The folded name under which events are linked."""

def link_buckets(
    kinds: List[Optional[str]],
    key_a: List[Optional[str]],
    key_b: List[Optional[str]],
    docs: List[int],
    starts: List[Optional[str]],
    ends: List[Optional[str]],
    name_kind: str,
) -> Tuple[List[int], List[int]]:
    """Rows sorted by bucket: the row indices ``(a, b)`` of the links the engine's rules make."""

def analyze_columns(
    ids: List[Optional[Union[str, int]]],
    texts: List[Optional[Union[str, bytes]]],
    dates: List[Optional[Any]],
    langs: List[Optional[str]],
    jobs: int = 1,
) -> Dict[str, Tuple[Any, ...]]:
    """A batch of records: Arrow buffers by column path (see ``trame.arrow``)."""

class AnalyzeMany(Iterator[Dict[str, Any]]):
    """Document analyses of records, in input order, from worker threads."""

    def __init__(
        self,
        records: Iterable[Mapping[str, Any]],
        jobs: Optional[int] = None,
        errors: str = "raise",
    ) -> None: ...
    def __iter__(self) -> "AnalyzeMany": ...
    def __next__(self) -> Dict[str, Any]: ...
