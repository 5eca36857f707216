"""No import cycles among SpeakUp's own modules (bot/, channels/, actions/), and no import against the layers
of docs/architecture.md (the core below the hub, the console and the assistant side): dependencies point one way.

Read from the source with `ast`, without importing anything, so every import counts: those at the top,
those inside functions, and those under `if TYPE_CHECKING:` (a cycle hidden from the interpreter is still a
cycle for a reader and for type checkers). `from package import name` depends on the package (its
`__init__` runs first) and on `package.name` when that is a module; the implicit import of a module's own
parent packages is not counted, or every `__init__` that re-exports from its submodules would be a cycle."""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "channels", "actions")

Graph = dict[str, set[str]]


def _modules() -> dict[str, Path]:
    """Module name → file, for every module of the packages."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _own(name: str, modules: dict[str, Path]) -> Optional[str]:
    """The module of ours that importing `name` runs (`bot.router.Router` → `bot.router`), if any."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imported(node: ast.AST, module: str, path: Path) -> Iterator[str]:
    """The dotted names an import statement names (relative ones resolved against `module`)."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
            anchor = package[: len(package) - (node.level - 1)]
            base = ".".join(anchor + ([node.module] if node.module else []))
        yield base
        yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph() -> Graph:
    modules = _modules()
    graph: Graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = (_own(name, modules) for node in ast.walk(tree) for name in _imported(node, module, path))
        graph[module] = {target for target in targets if target is not None and target != module}
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = lowest[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            successor = next(successors, None)
            if successor is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    lowest[parent] = min(lowest[parent], lowest[node])
                if lowest[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif successor not in index:
                index[successor] = lowest[successor] = len(index)
                stack.append(successor)
                on_stack.add(successor)
                work.append((successor, iter(sorted(graph[successor]))))
            elif successor in on_stack:
                lowest[node] = min(lowest[node], index[successor])
    return found


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles (move what both need into a module both import):\n" + "\n".join(
        " <-> ".join(component) for component in found
    )


# The layers of docs/architecture.md ("Layers"). The core: storage, the settings tree, the hub-assistant
# contract, who holds a conversation, availability, and what they need (languages, texts and the domain
# files they come from, the YAML reader, identity); and
# the `bot` package itself, whose __init__ imports nothing.
CORE = (
    "bot.storage", "bot.config", "bot.settings_core", "bot.channel_settings", "bot.console_settings",
    "bot.staffed_hours", "bot.assistant_contract", "bot.conversation_status", "bot.status_events", "bot.notifier",
    "bot.availability", "bot.conversations", "bot.languages", "bot.texts", "bot.domain_files", "bot.identity",
    "bot.identities_in_text", "bot.shared_state", "bot.redis_state", "bot.keyed_locks", "bot.login_attempts",
    "bot.yaml_files",
)
ASSISTANT_SIDE = ("actions", "bot.rasa_plugins")
CONSOLE = ("bot.console",)
# Programs that put the layers together: the hub's process (both apps), the launcher, the staff command line.
ENTRY_POINTS = ("bot.hub", "bot.launcher", "bot.cli")


def _within(module: str, layer: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in layer)


def _core(module: str) -> bool:
    return module == "bot" or _within(module, CORE)


def _against_the_layers(module: str, imported: str) -> bool:
    if _within(module, ENTRY_POINTS):
        return False
    if _core(module):
        return not _core(imported)
    if _within(module, ASSISTANT_SIDE):
        return not (_core(imported) or _within(imported, ASSISTANT_SIDE))
    if _within(module, CONSOLE):
        # On the hub's services (bot/services.py), never on the hub's app wiring nor a channel.
        return _within(imported, ("channels", "bot.app") + ASSISTANT_SIDE + ENTRY_POINTS)
    # The hub (the rest of bot/, and channels/): never the console nor the assistant's own code.
    return _within(imported, CONSOLE + ASSISTANT_SIDE)


def test_layers_point_down() -> None:
    graph = import_graph()
    wrong = sorted(f"{module} -> {imported}" for module, targets in graph.items() for imported in targets
                   if _against_the_layers(module, imported))
    assert not wrong, "imports against the layers (docs/architecture.md, Layers):\n" + "\n".join(wrong)
    # The check itself: a core module importing the hub, or the console the hub's app, would be caught.
    assert _against_the_layers("bot.conversation_status", "bot.router")
    assert _against_the_layers("bot.console.queue", "bot.app")
    assert not _against_the_layers("bot.console.queue", "bot.handoff")


def test_the_check_sees_every_kind_of_import() -> None:
    graph = import_graph()
    # Plain imports of modules, and `from package import module` as depending on both.
    assert "bot.assistant_contract" in graph["bot.router"]
    assert "bot.assistant_contract" in graph["actions.control"]
    assert "channels.telegram.webhook" in graph["channels.telegram"]


def test_cycles_are_found_including_type_checking_and_function_imports(tmp_path: Path) -> None:
    graph: Graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from x import y\ndef f():\n    import z\n"
    names = [name for node in ast.walk(ast.parse(source)) for name in _imported(node, "m", tmp_path / "m.py")]
    assert "x.y" in names and "z" in names
